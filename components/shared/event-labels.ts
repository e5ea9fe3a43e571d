import { labels } from '@/components/i18n/labels';
import type { EventType } from '@/storage/types';

/** What each kind of event is called wherever the user sees it: the panels and the dashboard. */
export const EVENT_LABELS = labels<EventType>({
  'heads-up-sent': 'event.headsUpSent',
  'request-sent': 'event.requestSent',
  'request-received': 'event.requestReceived',
  'reminder-sent': 'event.reminderSent',
  agreed: 'event.agreed',
  declined: 'event.declined',
  received: 'event.received',
  given: 'event.given',
  'green-light-asked': 'event.greenLightAsked',
  thanked: 'event.thanked',
  note: 'event.note',
});
