import type { Table } from 'dexie';
import type { VouchDb } from '../db';
import {
  DEFAULT_REMINDER_AFTER_DAYS,
  reciprocityOf,
  STATUSES,
  type HistoryEvent,
  type Reciprocity,
  type ReciprocityOptions,
  type ReciprocityStatus,
} from '../reciprocity';
import { digestEvent, groupByContact } from '../digest';
import { normaliseName, type Contact, type DigestEvent, type Relationship } from '../types';
import { historyOf } from './events';

/** The user's global preference; a contact's own `reminderAfterDays` wins over it. */
export interface StatusDefaults {
  reminderAfterDays?: number;
}

/** One contact as the ledger, the follow-up list and the summaries show it. */
export interface ContactStanding extends Reciprocity {
  contactId: string;
  contact: Contact | null;
  relationship: Relationship | null;
  /** The newest event that is not deleted, as a digest keeps it (its type, date and order). */
  last: DigestEvent | null;
  /** A reminder is the next step and the user has not snoozed the contact. */
  due: boolean;
}

export function rulesOptions(contact: Contact | null | undefined, defaults: StatusDefaults = {}): ReciprocityOptions {
  return {
    relationship: contact?.relationship ?? null,
    reminderAfterDays: contact?.reminderAfterDays ?? defaults.reminderAfterDays ?? DEFAULT_REMINDER_AFTER_DAYS,
    doNotNudge: contact?.doNotNudge ?? false,
  };
}

function newestLive(events: readonly HistoryEvent[]): DigestEvent | null {
  let best: HistoryEvent | null = null;
  for (const e of events) if (!e.deletedAt && (!best || e.at > best.at)) best = e;
  return best && digestEvent(best);
}

export function standingOf(
  contactId: string,
  contact: Contact | null,
  events: readonly HistoryEvent[],
  now: Date,
  defaults: StatusDefaults = {},
): ContactStanding {
  const r = reciprocityOf(events, now, rulesOptions(contact, defaults));
  const snoozed = !!contact?.snoozedUntil && contact.snoozedUntil > now;
  return {
    ...r,
    contactId,
    contact,
    relationship: contact?.relationship ?? null,
    last: newestLive(events),
    due: r.nextStep?.kind === 'remind' && !snoozed,
  };
}

/** One contact's standing: reads only that contact's history, through the [contactId+at] index. */
export async function statusOf(db: VouchDb, contactId: string, now: Date, defaults: StatusDefaults = {}): Promise<Reciprocity> {
  const s = await standingFor(db, contactId, now, defaults);
  return { status: s.status, ...(s.days !== undefined ? { days: s.days } : {}), nextStep: s.nextStep };
}

export async function standingFor(db: VouchDb, contactId: string, now: Date, defaults: StatusDefaults = {}): Promise<ContactStanding> {
  return db.transaction('r', db.contacts, db.events, async () => {
    const [contact, events] = await Promise.all([db.contacts.get(contactId), historyOf(db, contactId)]);
    return standingOf(contactId, contact ?? null, events, now, defaults);
  });
}

/**
 * Many contacts at once, in the order asked. A few dozen (a screenful) are read one key each, in
 * parallel (IndexedDB's getAll per key); beyond that, one `anyOf` walk over the index is cheaper.
 */
export async function statusesOf(
  db: VouchDb,
  contactIds: string[],
  now: Date,
  defaults: StatusDefaults = {},
): Promise<ContactStanding[]> {
  const ids = [...new Set(contactIds)];
  if (ids.length === 0) return [];
  return db.transaction('r', db.contacts, db.events, async () => {
    const [contacts, events] = await Promise.all([
      db.contacts.bulkGet(ids),
      ids.length <= PER_KEY_LIMIT
        ? Promise.all(ids.map((id) => db.events.where('contactId').equals(id).toArray())).then((lists) => lists.flat())
        : db.events.where('contactId').anyOf(ids).toArray(),
    ]);
    const byContact = groupByContact(events);
    return ids.map((id, i) => standingOf(id, contacts[i] ?? null, byContact.get(id) ?? [], now, defaults));
  });
}

const PER_KEY_LIMIT = 200;

/**
 * A whole table in pages along its primary key: the page turns each page's rows into objects in a
 * task of its own rather than 10,000 at once, and a page that is closed meanwhile lets the
 * database drop the rest instead of holding it for a reader that is gone.
 */
export async function inPages<T, I>(table: Table<T, string, I>, keyOf: (row: T) => string, page = 2_500): Promise<T[]> {
  const out: T[] = [];
  let chunk = await table.orderBy(':id').limit(page).toArray();
  for (;;) {
    out.push(...chunk);
    if (chunk.length < page) return out;
    chunk = await table.where(':id').above(keyOf(chunk[chunk.length - 1]!)).limit(page).toArray();
  }
}

export const LEDGER_SORTS = ['recent', 'name', 'status', 'days'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

export interface LedgerQuery extends StatusDefaults {
  /** Words that must all appear in the name, headline, company or profile id. */
  query?: string;
  status?: ReciprocityStatus | ReciprocityStatus[];
  /** `unknown`: contacts whose relationship the user has not set. */
  relationship?: Relationship | 'unknown';
  due?: boolean;
  sort?: LedgerSort;
}

/**
 * Every contact with where they stand, for the dashboard. It reads the whole ledger, so it is for
 * the dashboard and the own-profile summary, never for a per-page hot path.
 */
export async function ledger(db: VouchDb, now: Date, q: LedgerQuery = {}): Promise<ContactStanding[]> {
  return sortRows((await everyStanding(db, now, q)).filter(matches(q)), q.sort ?? 'recent');
}

/**
 * Every contact with where they stand, unsorted, contacts with events but no row of their own
 * included (events written before the contact). It reads one digest per contact
 * (storage/digest.ts), not every event: at 10,000 contacts and 100,000 events that is 20,000 rows
 * instead of 110,000, with the same answer.
 */
export async function everyStanding(db: VouchDb, now: Date, defaults: StatusDefaults = {}): Promise<ContactStanding[]> {
  const [contacts, digests] = await db.transaction('r', db.contacts, db.digests, () =>
    Promise.all([inPages(db.contacts, (c) => c.id), inPages(db.digests, (d) => d.contactId)]),
  );
  const histories = new Map(digests.map((d) => [d.contactId, d.events]));
  const rows: ContactStanding[] = [];
  for (const c of contacts) rows.push(standingOf(c.id, c, histories.get(c.id) ?? [], now, defaults));
  const known = new Set(contacts.map((c) => c.id));
  for (const [id, events] of histories) if (!known.has(id)) rows.push(standingOf(id, null, events, now, defaults));
  return rows;
}

function matches(q: LedgerQuery): (row: ContactStanding) => boolean {
  const words = q.query ? normaliseName(q.query).split(' ').filter(Boolean) : [];
  const statuses = q.status === undefined ? null : new Set(Array.isArray(q.status) ? q.status : [q.status]);
  return (row) => {
    if (statuses && !statuses.has(row.status)) return false;
    if (q.relationship === 'unknown' ? row.relationship !== null : q.relationship && row.relationship !== q.relationship) {
      return false;
    }
    if (q.due !== undefined && row.due !== q.due) return false;
    if (words.length) {
      const c = row.contact;
      const hay = normaliseName([c?.name, c?.headline, c?.company, row.contactId].filter(Boolean).join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

const nameOf = (r: ContactStanding) => r.contact?.name ?? r.contactId;

export function sortRows(rows: ContactStanding[], sort: LedgerSort): ContactStanding[] {
  const byName = (a: ContactStanding, b: ContactStanding) => nameOf(a).localeCompare(nameOf(b));
  const byDays = (a: ContactStanding, b: ContactStanding) => (b.days ?? -1) - (a.days ?? -1) || byName(a, b);
  const compare: Record<LedgerSort, (a: ContactStanding, b: ContactStanding) => number> = {
    recent: (a, b) => (b.last?.at.getTime() ?? -Infinity) - (a.last?.at.getTime() ?? -Infinity) || byName(a, b),
    name: byName,
    status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byDays(a, b),
    days: byDays,
  };
  return [...rows].sort(compare[sort]);
}

/** A contact in the own-profile summary: small, because it crosses into the content script. */
export interface StandingBrief {
  contactId: string;
  name: string;
  status: ReciprocityStatus;
  days?: number;
  nextStep: Reciprocity['nextStep'];
}

export interface LedgerSummary {
  total: number;
  counts: Record<ReciprocityStatus, number>;
  /** People the user owes a recommendation or an answer, longest-waiting first. */
  owed: StandingBrief[];
  /** Follow-ups due now, longest-waiting first. */
  due: StandingBrief[];
}

export const SUMMARY_LIST_LIMIT = 10;

export async function ledgerSummary(db: VouchDb, now: Date, defaults: StatusDefaults = {}): Promise<LedgerSummary> {
  const rows = await ledger(db, now, { ...defaults, sort: 'days' });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ReciprocityStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  const brief = (r: ContactStanding): StandingBrief => ({
    contactId: r.contactId,
    name: nameOf(r),
    status: r.status,
    ...(r.days !== undefined ? { days: r.days } : {}),
    nextStep: r.nextStep,
  });
  return {
    total: rows.length,
    counts,
    owed: rows.filter((r) => r.status === 'you-owe' || r.status === 'they-asked').slice(0, SUMMARY_LIST_LIMIT).map(brief),
    due: rows.filter((r) => r.due).slice(0, SUMMARY_LIST_LIMIT).map(brief),
  };
}
