import type { VouchDb } from '../db';
import { PENDING_TYPES } from '../reciprocity';
import { statusesOf, type ContactStanding, type StatusDefaults } from './status';

/**
 * Contacts to remind now, longest-waiting first. Only someone with an ask or a yes on record can
 * be due, so the type index narrows the search to them instead of reading the whole ledger.
 */
export async function dueFollowUps(db: VouchDb, now: Date, defaults: StatusDefaults = {}): Promise<ContactStanding[]> {
  const candidates = await db.events.where('type').anyOf([...PENDING_TYPES]).toArray();
  const ids = [...new Set(candidates.filter((e) => !e.deletedAt).map((e) => e.contactId))];
  const rows = await statusesOf(db, ids, now, defaults);
  return rows
    .filter((r) => r.due)
    .sort((a, b) => (b.days ?? 0) - (a.days ?? 0) || a.contactId.localeCompare(b.contactId));
}
