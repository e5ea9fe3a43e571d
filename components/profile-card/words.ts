import { EVENT_LABELS } from '@/components/shared/event-labels';
export { fromIsoDay, isoDay } from '@/storage/day';
import { formUrl } from '@/components/shared/linkedin-links';
import { daysAgo } from '@/components/shared/time-ago';
import type { NextStep, Reciprocity, ReciprocityStatus } from '@/storage/reciprocity';
import type { EventSource, EventType } from '@/storage/types';

/** How the card says things: one place for the product's wording, tested as a table. */

export { daysAgo };

const HEADLINES: Record<Exclude<ReciprocityStatus, 'waiting'>, string> = {
  mutual: "You're even",
  'you-owe': "They recommended you — you haven't returned it yet",
  'they-asked': 'They asked you for a recommendation',
  declined: 'They declined your request',
  agreed: 'They agreed, nothing has arrived yet',
  'they-owe': 'You recommended them — nothing has come back',
  none: 'Nothing yet',
};

/** The status in plain words. */
export function statusSentence(r: Pick<Reciprocity, 'status' | 'days'>): string {
  if (r.status === 'waiting') return r.days === undefined ? 'You asked' : `You asked ${daysAgo(r.days)}`;
  return HEADLINES[r.status];
}

const SINCE: Partial<Record<ReciprocityStatus, string>> = {
  mutual: 'The latest one was',
  'you-owe': 'They wrote it',
  'they-asked': 'They asked',
  declined: 'They said no',
  agreed: 'They said yes',
  'they-owe': 'You wrote it',
};

/** When the status began, where the headline does not already say it. */
export function sinceLine(r: Pick<Reciprocity, 'status' | 'days'>): string | null {
  const lead = SINCE[r.status];
  return lead && r.days !== undefined ? `${lead} ${daysAgo(r.days)}.` : null;
}

export function eventLabel(type: EventType, source?: EventSource): string {
  const from = source === 'page' ? ' (seen on LinkedIn)' : source === 'import' ? ' (imported)' : '';
  return EVENT_LABELS[type] + from;
}

export { formUrl, profileUrl } from '@/components/shared/linkedin-links';

const WRITE_STEPS = new Set<NextStep['kind']>(['thank-and-write', 'write-back', 'write', 'give-first', 'post']);

/** The link that carries out a next step, when LinkedIn has a form for it (a plain link: the user decides). */
export function stepLink(step: NextStep | null, contactId: string, memberUrn?: string): { href: string; text: string } | null {
  if (!step) return null;
  const form = WRITE_STEPS.has(step.kind) ? 'write' : step.kind === 'offer' ? 'request' : null;
  const href = form && formUrl(contactId, form, memberUrn);
  if (!href) return null;
  return { href, text: form === 'write' ? 'Open LinkedIn’s write form' : 'Open LinkedIn’s request form' };
}

/** How the own-profile summary counts each status, after the number. */
export const COUNT_LABELS: Record<ReciprocityStatus, string> = {
  'you-owe': 'recommended you and wait for one back',
  'they-asked': 'asked you for one',
  waiting: 'have not answered your request yet',
  agreed: 'agreed but have not written it yet',
  declined: 'declined',
  'they-owe': 'you recommended, nothing back yet',
  mutual: 'even',
  none: 'no exchange yet',
};

