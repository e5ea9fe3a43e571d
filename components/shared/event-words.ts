import type { MessageKey } from '@/components/i18n/t';
import type { EventType } from '@/storage/types';

/** What happened, in the user's words: the messages naming each event type. */
export const EVENT_KEYS: Record<EventType, MessageKey> = {
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
};
