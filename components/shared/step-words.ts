import { labels } from '@/components/i18n/labels';
import { t, tn, type MessageKey } from '@/components/i18n/t';
import type { NextStep } from '@/storage/reciprocity';
import type { RequestGroup } from '@/storage/relationships';
import type { TemplateKind } from '@/storage/builtin-templates';
import type { Relationship } from '@/storage/types';

/**
 * The rules over stored history (storage/reciprocity.ts) word each next step in English, for
 * every surface; the panels show it in the user's language through this table of its wordings.
 */
const STEP_KEYS: Record<string, MessageKey> = {
  'Write one back': 'step.writeBack',
  'Thank them, then write one back': 'step.thankAndWrite',
  'Write their recommendation, or reply to say when you will': 'step.write',
  'Post your recommendation once they say the draft fits': 'step.post',
  'If you would welcome one back, you could ask, with no pressure': 'step.offer',
  'Write them one first: the simplest way to start an exchange': 'step.giveFirst',
  'Give them time': 'step.wait',
  'You have reminded them once already: let it go': 'step.remindedOnce',
  'You chose not to nudge them: let it go': 'step.noNudge',
  'Say how you know them: a gentle reminder suits peers and friends, not higher-ups': 'step.sayHow',
  'Let it go: a reminder to a higher-up or a client can feel like pressure': 'step.letGo',
  'Send one gentle reminder': 'step.remind',
};

/** A next step in the user's language (its English wording when the table does not know it). */
export function stepText(step: Pick<NextStep, 'label'>): string {
  const key = STEP_KEYS[step.label];
  if (key) return t(key);
  const left = /fits in (\d+) days?$/.exec(step.label);
  return left ? tn('step.waitRemind', Number(left[1])) : step.label;
}

/** What a contact was to the user (storage/relationships.ts names them in English). */
export const RELATIONSHIP_NAMES = labels<Relationship>({
  manager: 'relationship.manager',
  senior: 'relationship.senior',
  peer: 'relationship.peer',
  junior: 'relationship.junior',
  report: 'relationship.report',
  client: 'relationship.client',
  mentor: 'relationship.mentor',
  mentee: 'relationship.mentee',
  classmate: 'relationship.classmate',
});

/** Whom a request is for, as the composer groups them. */
export const GROUP_NAMES = labels<RequestGroup>({
  manager: 'relationship.manager',
  senior: 'relationship.senior',
  peer: 'relationship.peer',
  report: 'group.report',
  mentor: 'relationship.mentor',
  client: 'relationship.client',
  classmate: 'relationship.classmate',
});

/** The kinds of message the templates write. */
export const KIND_NAMES = labels<TemplateKind>({
  request: 'kind.request',
  'heads-up': 'kind.headsUp',
  'follow-up': 'kind.followUp',
  'thank-you': 'kind.thankYou',
  offer: 'kind.offer',
});
