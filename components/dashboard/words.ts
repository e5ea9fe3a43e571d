export { EVENT_LABELS } from '@/components/shared/event-labels';
export { fromIsoDay, isoDay } from '@/storage/day';
import { forDisplay } from '@/components/shared/display';
import { formUrl } from '@/components/shared/linkedin-links';
import { daysAgo as timeAgo } from '@/components/shared/time-ago';
import { labels } from '@/components/i18n/labels';
import type { ReciprocityStatus } from '@/storage/reciprocity';
import type { EventSource, EventType } from '@/storage/types';

/** How the dashboard names things: short, because they sit in columns and filters. */

export const STATUS_LABELS = labels<ReciprocityStatus>({
  mutual: 'status.mutual',
  'you-owe': 'status.youOwe',
  'they-asked': 'status.theyAsked',
  declined: 'status.declined',
  agreed: 'status.agreed',
  waiting: 'status.waiting',
  'they-owe': 'status.theyOwe',
  none: 'status.none',
});

export const SOURCE_LABELS = labels<EventSource>({
  page: 'source.page',
  user: 'source.user',
  import: 'source.import',
});

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
