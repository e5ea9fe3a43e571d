import type { EventType } from '@/storage/types';

/** What each kind of event is called wherever the user sees it: the panels and the dashboard. */
export const EVENT_LABELS: Record<EventType, string> = {
  'heads-up-sent': 'You gave them a heads-up',
  'request-sent': 'You asked for a recommendation',
  'request-received': 'They asked you for one',
  'reminder-sent': 'You sent a reminder',
  agreed: 'They agreed',
  declined: 'They declined',
  received: 'They recommended you',
  given: 'You recommended them',
  'green-light-asked': 'You asked them to approve your draft',
  thanked: 'You thanked them',
  note: 'Note',
};
