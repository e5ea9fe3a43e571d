import type { VouchDb } from '@/storage/db';
import { FIRST_SCREEN_ROWS, recentContactIds, RECENT_PER_ROW, type FirstScreenRows } from '@/storage/first-screen';
import { standingOf, statusesOf, type ContactStanding, type StatusDefaults } from '@/storage/repositories/status';

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
