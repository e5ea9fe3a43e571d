import { isoDay } from './day';
import { cyrb53, fnv1a } from './hash';

/**
 * Every event key, the identity that makes a write safe to repeat: the background keeps one event
 * per key. Keys are stored in users' databases, so no format here may change, not even which hash
 * a kind of fact was first keyed with (tests/foundation/event-keys.test.ts pins them).
 */

/** Text as keys read it: runs of spacing as one space, ends trimmed. */
function keyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short fingerprint of a text, spacing and Unicode form aside. */
export function textHash(text: string): string {
  return cyrb53(keyText(text.normalize('NFC')));
}

export type RecordedType = 'request-sent' | 'heads-up-sent' | 'reminder-sent' | 'thanked' | 'given' | 'green-light-asked';

/** What the user says happened, from a panel. */
export interface RecordedInput {
  contactId: string;
  text: string;
  at: Date;
}

/**
 * A fact the user records from a panel: one per contact, text (spacing aside) and day, so that
 * re-renders, double clicks and retries after the background restarted all write it once. The
 * coach's facts were first keyed with FNV-1a and the composer's with cyrb53, and so they stay.
 */
export function recordedKey(type: RecordedType, { contactId, text, at }: RecordedInput): string {
  const t = keyText(text);
  const hash = type === 'given' || type === 'green-light-asked' ? fnv1a(t).toString(36) : cyrb53(t);
  return `${type}:${contactId}:${isoDay(at)}:${hash}`;
}

/**
 * One row of a LinkedIn export. The UTC day, not the instant: two generations of the export write
 * the same recommendation's date differently (with and without a time).
 */
export function importEventKey(direction: 'received' | 'given', nameKey: string, date: Date, text: string): string {
  return `import:${direction}:${nameKey}:${date.toISOString().slice(0, 10)}:${textHash(text)}`;
}

/**
 * A recommendation read on a page: one per direction per contact, so that reading it again, or on
 * the contact's profile and then on the user's own, writes nothing new.
 */
export function pageKey(type: 'received' | 'given', contactId: string): string {
  return `page:${type}:${contactId}`;
}

/**
 * A pending request read on a page: the person and the request's words, never its date (the page
 * gives it as "2 days ago", which reads differently every day). Other words are a new fact.
 */
export function pendingKey(contactId: string, text: string | undefined): string {
  return `page:request-sent:${contactId}:${fnv1a(keyText((text ?? '').normalize('NFC')), true).toString(36)}`;
}
