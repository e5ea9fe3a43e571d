import { recordedKey, type RecordedInput } from '@/storage/event-keys';
import type { NewEvent } from '@/storage/repositories/events';
import type { TemplateKind } from '@/storage/builtin-templates';

/** The facts the composer records when the user says they sent something. */
export type SentEventType = 'request-sent' | 'heads-up-sent' | 'reminder-sent' | 'thanked';

export type SentInput = RecordedInput;

/** Which fact "I sent it" records for each kind of message; an offer is not a fact yet. */
export const SENT_EVENT_FOR_KIND: Record<TemplateKind, SentEventType | null> = {
  request: 'request-sent',
  'heads-up': 'heads-up-sent',
  'follow-up': 'reminder-sent',
  'thank-you': 'thanked',
  offer: null,
};

export function buildSentEvent(type: SentEventType, input: SentInput): NewEvent {
  return { contactId: input.contactId, type, at: input.at, text: input.text, source: 'user', key: recordedKey(type, input) };
}

export const buildRequestSentEvent = (input: SentInput) => buildSentEvent('request-sent', input);
export const buildHeadsUpSentEvent = (input: SentInput) => buildSentEvent('heads-up-sent', input);
export const buildReminderSentEvent = (input: SentInput) => buildSentEvent('reminder-sent', input);
export const buildThankedEvent = (input: SentInput) => buildSentEvent('thanked', input);
