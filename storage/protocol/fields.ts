import * as v from 'valibot';
import { CONTACT_ID_MAX, CONTACT_ID_PATTERN, MAX_NAME, MAX_TEXT } from '../limits';
import { EVENT_SOURCES, EVENT_TYPES, RELATIONSHIPS } from '../types';

export { MAX_NAME, MAX_TEXT };

/** A LinkedIn vanity name or ACo… member id, already percent-decoded and lowercased by the reader. */
export const contactId = v.pipe(v.string(), v.minLength(1), v.maxLength(CONTACT_ID_MAX), v.regex(CONTACT_ID_PATTERN));
export const shortText = v.pipe(v.string(), v.maxLength(MAX_NAME));
export const longText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const relationship = v.picklist(RELATIONSHIPS);
export const eventType = v.picklist(EVENT_TYPES);
export const eventSource = v.picklist(EVENT_SOURCES);
export const eventKey = v.pipe(v.string(), v.minLength(1), v.maxLength(1_000));
/** Dates cross the message boundary as Date (structured clone) or ISO string (JSON), never as anything else. */
export const date = v.pipe(
  v.union([v.date(), v.pipe(v.string(), v.isoTimestamp())]),
  v.transform((d) => (d instanceof Date ? d : new Date(d))),
  v.check((d) => !Number.isNaN(d.getTime()), 'Invalid date'),
);
