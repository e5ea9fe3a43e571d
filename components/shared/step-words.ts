import { labels } from '@/components/i18n/labels';
import { speaker } from '@/components/i18n/t';
import { say } from '@/components/i18n/said';
import type { NextStep } from '@/storage/reciprocity';
import type { RequestGroup } from '@/storage/relationships';
import type { TemplateKind } from '@/storage/builtin-templates';
import type { Relationship } from '@/storage/types';

/** A next step (storage/reciprocity.ts) in the user's language. */
export function stepText(step: Pick<NextStep, 'said'>): string {
  return say(step.said, speaker);
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
