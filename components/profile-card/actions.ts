import type { NextStep } from '@/storage/reciprocity';
import type { NewEvent } from '@/storage/repositories/events';
import type { EventType } from '@/storage/types';
import { t, type MessageKey } from '@/components/i18n/t';

export interface QuickEvent {
  type: EventType;
  label: string;
}

const quick = (type: EventType, key: MessageKey): QuickEvent => ({
  type,
  get label() {
    return t(key);
  },
});

/** What the user can record about the other person at any time, from the card. */
export const QUICK_EVENTS: readonly QuickEvent[] = [quick('request-received', 'card.quickAsked'), quick('agreed', 'event.agreed'), quick('declined', 'event.declined')];

/**
 * What the user can record because the next step asked for it: without "I sent the reminder" the
 * rules could not know that one was sent, and would keep suggesting it.
 */
export function stepEvents(step: NextStep | null): QuickEvent[] {
  if (step?.kind === 'remind') return [quick('reminder-sent', 'card.quickReminded')];
  if (step?.kind === 'thank-and-write') return [quick('thanked', 'card.quickThanked')];
  return [];
}

/** An event the user entered. The nonce keeps two clicks in the same millisecond two facts. */
export function userEvent(contactId: string, type: EventType, at: Date, nonce: string): NewEvent {
  return { contactId, type, at, source: 'user', key: `user:${contactId}:${type}:${at.getTime()}:${nonce}` };
}
