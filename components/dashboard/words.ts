export { EVENT_LABELS } from '@/components/shared/event-labels';
export { fromIsoDay, isoDay } from '@/storage/day';
import { forDisplay } from '@/components/shared/display';
import { formUrl } from '@/components/shared/linkedin-links';
import { daysAgo as timeAgo } from '@/components/shared/time-ago';
import type { ReciprocityStatus } from '@/storage/reciprocity';
import type { EventSource, EventType } from '@/storage/types';

/** How the dashboard names things: short, because they sit in columns and filters. */

export const STATUS_LABELS: Record<ReciprocityStatus, string> = {
  mutual: 'Even',
  'you-owe': 'You owe one',
  'they-asked': 'They asked you',
  declined: 'Declined',
  agreed: 'Agreed',
  waiting: 'Waiting',
  'they-owe': 'They owe one',
  none: 'Nothing yet',
};

export const SOURCE_LABELS: Record<EventSource, string> = {
  page: 'seen on LinkedIn',
  user: 'entered by you',
  import: 'imported',
};

/**
 * A name or headline from LinkedIn or an import, shortened for a narrow column by the panels' rule
 * (invisible and direction-changing characters dropped, whole graphemes only), so that a name
 * cannot disguise itself here either. The stored text stays whole.
 */
export function shorten(text: string, max = 60): string {
  return forDisplay(text, max);
}

/** How long ago (see shared/time-ago.ts); nothing when there is no date. */
export function daysAgo(days: number | undefined): string {
  return days === undefined ? '' : timeAgo(days);
}

export { profileUrl } from '@/components/shared/linkedin-links';

/** LinkedIn's form for asking this person for a recommendation (the user still chooses to send). */
export function requestFormUrl(contactId: string, memberUrn?: string): string | null {
  return formUrl(contactId, 'request', memberUrn);
}
