/**
 * The limits on what Vouch stores, shared by the message schemas (background) and the content
 * script's own checks, without a schema library so that the content script stays small.
 */
// Generous (a 10,000-character name is stored intact) but bounded, so that a forged message
// cannot fill the disk in one go.
export const MAX_NAME = 20_000;
export const MAX_TEXT = 50_000;

/** A contact id as stored: a LinkedIn vanity or member id, decoded, without spaces or separators. */
export const CONTACT_ID_PATTERN = /^[^\s/?#]+$/u;
export const CONTACT_ID_MAX = 200;

/** The same rule as the message schema's, without a schema library (the content script uses it). */
export function isContactId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= CONTACT_ID_MAX && CONTACT_ID_PATTERN.test(value);
}

/** Past this many characters of strings in one message from LinkedIn's tab, it is refused before validation. */
export const MAX_MESSAGE_CHARS = 2_000_000;
/**
 * The same for Vouch's own pages, which send whole imports and backups. Chrome refuses a message
 * over 64 MiB of JSON before it leaves the page; this stays under it.
 */
export const MAX_EXTENSION_MESSAGE_CHARS = 48_000_000;
