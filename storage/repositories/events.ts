import type { VouchDb } from '../db';
import type { VouchEvent } from '../types';

export type NewEvent = Omit<VouchEvent, 'seq' | 'deletedAt'>;

/**
 * Appends facts to the log. An event whose key is already there is skipped, so writing the same
 * fact twice (a re-render, a retry after the worker restarted, two tabs) changes nothing.
 * Resolves only after the transaction has committed.
 */
export async function appendEvents(db: VouchDb, events: NewEvent[]): Promise<{ added: number }> {
  if (events.length === 0) return { added: 0 };
  return db.transaction('rw', db.events, db.contacts, async () => {
    const keys = [...new Set(events.map((e) => e.key))];
    const present = new Set((await db.events.where('key').anyOf(keys).toArray()).map((e) => e.key));
    const fresh: NewEvent[] = [];
    for (const e of events) {
      if (present.has(e.key)) continue;
      present.add(e.key);
      fresh.push(e);
    }
    if (fresh.length) await db.events.bulkAdd(fresh as VouchEvent[]);
    return { added: fresh.length };
  });
}

/** One contact's history, newest first, through the [contactId+at] index. */
export async function historyOf(
  db: VouchDb,
  contactId: string,
  opts: { limit?: number; includeDeleted?: boolean } = {},
): Promise<VouchEvent[]> {
  // One getAll over the contact's range of the index, turned round here: a reversed or filtered
  // Dexie collection walks a cursor instead, one round trip per event. Ties on the date keep the
  // order a reverse cursor gives (the later-written first).
  const oldestFirst = await db.events
    .where('[contactId+at]')
    .between([contactId, new Date(-8.64e15)], [contactId, new Date(8.64e15)])
    .toArray();
  const out: VouchEvent[] = [];
  for (let i = oldestFirst.length - 1; i >= 0; i--) {
    const e = oldestFirst[i]!;
    if (!opts.includeDeleted && e.deletedAt) continue;
    out.push(e);
    if (opts.limit && out.length >= opts.limit) break;
  }
  return out;
}
