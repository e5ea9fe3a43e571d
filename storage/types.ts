/** The product's vocabulary, shared by the background, the content script and the dashboard. */

export const RELATIONSHIPS = [
  'manager',
  'senior',
  'peer',
  'junior',
  'report',
  'client',
  'mentor',
  'mentee',
  'classmate',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const EVENT_TYPES = [
  'heads-up-sent',
  'request-sent',
  'request-received',
  'reminder-sent',
  'agreed',
  'declined',
  'received',
  'given',
  'green-light-asked',
  'thanked',
  'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_SOURCES = ['page', 'user', 'import'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** A person, keyed by their LinkedIn vanity name (percent-decoded, lowercased). */
export interface Contact {
  id: string;
  memberUrn?: string;
  name: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  company?: string;
  /** When the user connected with them on LinkedIn (from the data export): the planner's "recent collaborators". */
  connectedAt?: Date;
  /** Normalised full name (NFC, no accents, lower case): how import rows find their contact. */
  nameKey: string;
  relationship?: Relationship;
  /** The user cleared the relationship: a page's wording does not fill it in again. */
  relationshipCleared?: boolean;
  reminderAfterDays?: number;
  doNotNudge?: boolean;
  snoozedUntil?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** One fact in a contact's history. `key` makes writing the same fact twice a no-op. */
export interface VouchEvent {
  seq?: number;
  contactId: string;
  type: EventType;
  at: Date;
  text?: string;
  source: EventSource;
  key: string;
  /** Set when the user removes an event; kept so that undo can bring it back. */
  deletedAt?: Date;
}

/**
 * Derived, never edited by hand: the events of one contact's history that decide where they
 * stand (storage/digest.ts), kept by the database itself on every write of events so that the
 * whole ledger is one row per contact. Not part of backups: a restore makes them again.
 */
export interface HistoryDigest {
  contactId: string;
  events: DigestEvent[];
}

/**
 * An event as a digest keeps it: what the standing reads (its type and date) and the order it was
 * written in, without its text, key or source. A digest holds about as many events as a history
 * of ten has types, so at 30,000 contacts the ledger reads some 200,000 of them: whole, they took
 * about twice as long to read. (Older digests hold whole events; they read the same, and each is
 * written in this form when its contact's history next changes.)
 */
export type DigestEvent = Pick<VouchEvent, 'seq' | 'type' | 'at'>;

export interface Note {
  id?: number;
  contactId: string;
  at: Date;
  text: string;
}

export type DraftKind = 'write' | 'request';
export interface Draft {
  /** `${contactId}:${kind}` */
  id: string;
  contactId: string;
  kind: DraftKind;
  text: string;
  updatedAt: Date;
}

export interface Template {
  id: string;
  group: string;
  kind: string;
  name: string;
  body: string;
  builtIn: boolean;
  updatedAt: Date;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** An import row whose person could be one of several contacts: the user decides. */
export interface Ambiguity {
  id?: number;
  createdAt: Date;
  /** What the row says: name, company, type of fact, text, date. */
  row: { name: string; company?: string; type: EventType; at: Date; text?: string; key: string };
  candidates: string[];
}

export interface LogEntry {
  id?: number;
  at: Date;
  level: 'error' | 'warn';
  source: string;
  message: string;
}

/** NFC, accents off, case folded, spaces collapsed: two spellings of one name meet here. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
