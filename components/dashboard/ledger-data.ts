import type { VouchDb } from '@/storage/db';
import { FIRST_SCREEN_ROWS, recentContactIds, RECENT_PER_ROW, type FirstScreenRows } from '@/storage/first-screen';
import { standingOf, statusesOf, type ContactStanding, type StatusDefaults } from '@/storage/repositories/status';
import type { VouchEvent } from '@/storage/types';

/**
 * Every contact with where they stand, unsorted: the ledger view sorts once itself (see
 * ledger-filter.ts). The repository's `ledger()` also sorts, with a locale collation, which at
 * 10,000 contacts costs more than the whole first-render budget; this reads the same rows through
 * the same rules (`standingOf`) without it.
 */
export async function loadLedger(db: VouchDb, now: Date, defaults: StatusDefaults = {}): Promise<ContactStanding[]> {
  const [contacts, events] = await db.transaction('r', db.contacts, db.events, () =>
    Promise.all([db.contacts.toArray(), eventsInPages(db)]),
  );
  const byContact = new Map<string, VouchEvent[]>();
  for (const e of events) {
    const list = byContact.get(e.contactId);
    if (list) list.push(e);
    else byContact.set(e.contactId, [e]);
  }
  const rows: ContactStanding[] = [];
  for (const c of contacts) rows.push(standingOf(c.id, c, byContact.get(c.id) ?? [], now, defaults));
  const known = new Set(contacts.map((c) => c.id));
  // Events whose contact row is missing (written before the contact) still show, as the repository's ledger does.
  for (const [id, list] of byContact) if (!known.has(id)) rows.push(standingOf(id, null, list, now, defaults));
  return rows;
}

/**
 * Every event, read in pages along the primary key: one 100,000-row request would hold the
 * database's backend until it finished, even after the page that asked for it is gone (a reload
 * then waits for it); pages let the browser drop the rest.
 */
export async function eventsInPages(db: VouchDb, page = 5_000): Promise<VouchEvent[]> {
  const out: VouchEvent[] = [];
  let after = 0;
  for (;;) {
    const chunk = await db.events.where(':id').above(after).limit(page).toArray();
    out.push(...chunk);
    if (chunk.length < page) return out;
    after = chunk[chunk.length - 1]!.seq!;
  }
}

/**
 * The top of the ledger in its default order (latest activity first), read through the `at`
 * index without touching the other contacts: what the page shows while the whole ledger loads.
 * Empty when there is no activity yet (the whole ledger is then needed to order by name). It
 * may hold fewer rows than asked when a few people account for most of the latest events.
 */
export async function loadLedgerPreview(db: VouchDb, now: Date, defaults: StatusDefaults = {}, limit = FIRST_SCREEN_ROWS): Promise<ContactStanding[]> {
  // One bounded read of the newest events (a getAll on the index), rather than a cursor.
  const recent = await db.events.orderBy('at').reverse().limit(limit * RECENT_PER_ROW).toArray();
  return statusesOf(db, recentContactIds(recent, limit), now, defaults);
}

/** The same standings as `loadLedgerPreview`, from the rows the page's first script read itself (storage/first-screen.ts). */
export function previewFromRows(rows: FirstScreenRows, now: Date, defaults: StatusDefaults = {}): ContactStanding[] {
  return rows.ids.map((id, i) => standingOf(id, rows.contacts[i] ?? null, rows.events[i] ?? [], now, defaults));
}
