import { isoDay } from '@/components/shared/day';
import type { NewEvent } from '@/storage/repositories/events';
import type { TemplateKind } from '@/storage/builtin-templates';

/** The facts the composer records when the user says they sent something. */
export type SentEventType = 'request-sent' | 'heads-up-sent' | 'reminder-sent' | 'thanked';

export interface SentInput {
  contactId: string;
  text: string;
  at: Date;
}

/** Which fact "I sent it" records for each kind of message; an offer is not a fact yet. */
export const SENT_EVENT_FOR_KIND: Record<TemplateKind, SentEventType | null> = {
  request: 'request-sent',
  'heads-up': 'heads-up-sent',
  'follow-up': 'reminder-sent',
  'thank-you': 'thanked',
  offer: null,
};

// 53-bit string hash (cyrb53): short keys, collisions negligible for one person's messages.
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Stable for one contact, one text (spacing aside) and one day, so re-renders, double clicks and
 * retries after the background restarted all write the fact once.
 */
export function sentEventKey(type: SentEventType, input: SentInput): string {
  const text = input.text.replace(/\s+/g, ' ').trim();
  return `${type}:${input.contactId}:${isoDay(input.at)}:${hash(text)}`;
}

export function buildSentEvent(type: SentEventType, input: SentInput): NewEvent {
  return { contactId: input.contactId, type, at: input.at, text: input.text, source: 'user', key: sentEventKey(type, input) };
}

export const buildRequestSentEvent = (input: SentInput) => buildSentEvent('request-sent', input);
export const buildHeadsUpSentEvent = (input: SentInput) => buildSentEvent('heads-up-sent', input);
export const buildReminderSentEvent = (input: SentInput) => buildSentEvent('reminder-sent', input);
export const buildThankedEvent = (input: SentInput) => buildSentEvent('thanked', input);
