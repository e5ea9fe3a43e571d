import { EVENT_LABELS } from '@/components/shared/event-labels';
export { fromIsoDay, isoDay } from '@/storage/day';
import { formUrl } from '@/components/shared/linkedin-links';
import { daysAgo } from '@/components/shared/time-ago';
import { labels } from '@/components/i18n/labels';
import { t, type MessageKey } from '@/components/i18n/t';
import type { NextStep, Reciprocity, ReciprocityStatus } from '@/storage/reciprocity';
import type { EventSource, EventType } from '@/storage/types';

/** How the card says things: one place for the product's wording, tested as a table. */

export { daysAgo };

const HEADLINES = labels<Exclude<ReciprocityStatus, 'waiting'>>({
  mutual: 'card.mutual',
  'you-owe': 'card.youOwe',
  'they-asked': 'card.theyAsked',
  declined: 'card.declined',
  agreed: 'card.agreed',
  'they-owe': 'card.theyOwe',
  none: 'card.none',
});

/** The status in plain words. */
export function statusSentence(r: Pick<Reciprocity, 'status' | 'days'>): string {
  if (r.status === 'waiting') return r.days === undefined ? t('card.youAsked') : t('card.youAskedWhen', { when: daysAgo(r.days) });
  return HEADLINES[r.status];
}

const SINCE: Partial<Record<ReciprocityStatus, MessageKey>> = {
  mutual: 'card.sinceMutual',
  'you-owe': 'card.sinceYouOwe',
  'they-asked': 'card.sinceTheyAsked',
  declined: 'card.sinceDeclined',
  agreed: 'card.sinceAgreed',
  'they-owe': 'card.sinceTheyOwe',
};

/** When the status began, where the headline does not already say it. */
export function sinceLine(r: Pick<Reciprocity, 'status' | 'days'>): string | null {
  const key = SINCE[r.status];
  return key && r.days !== undefined ? t(key, { when: daysAgo(r.days) }) : null;
}

export function eventLabel(type: EventType, source?: EventSource): string {
  const label = EVENT_LABELS[type];
  return source === 'page' ? t('card.seenOnLinkedIn', { label }) : source === 'import' ? t('card.imported', { label }) : label;
}

export { formUrl, profileUrl } from '@/components/shared/linkedin-links';

const WRITE_STEPS = new Set<NextStep['kind']>(['thank-and-write', 'write-back', 'write', 'give-first', 'post']);

/** The link that carries out a next step, when LinkedIn has a form for it (a plain link: the user decides). */
export function stepLink(step: NextStep | null, contactId: string, memberUrn?: string): { href: string; text: string } | null {
  if (!step) return null;
  const form = WRITE_STEPS.has(step.kind) ? 'write' : step.kind === 'offer' ? 'request' : null;
  const href = form && formUrl(contactId, form, memberUrn);
  if (!href) return null;
  return { href, text: form === 'write' ? t('card.openWriteForm') : t('card.openRequestForm') };
}

/** How the own-profile summary counts each status, after the number. */
export const COUNT_LABELS = labels<ReciprocityStatus>({
  'you-owe': 'card.countYouOwe',
  'they-asked': 'card.countTheyAsked',
  waiting: 'card.countWaiting',
  agreed: 'card.countAgreed',
  declined: 'card.countDeclined',
  'they-owe': 'card.countTheyOwe',
  mutual: 'card.countMutual',
  none: 'card.countNone',
});

