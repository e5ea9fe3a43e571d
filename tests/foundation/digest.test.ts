import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type VouchDb } from '@/storage/db';
import { digestOf, digestsOf } from '@/storage/digest';
import { createBackup, deleteAllData, exportBackup, restoreBackup } from '@/storage/backup';
import { appendEvents } from '@/storage/repositories/events';
import { deleteEvent, restoreEvent, updateEvent } from '@/storage/repositories/history-edit';
import { everyStanding, standingOf } from '@/storage/repositories/status';
// A seeded generator, so that a failure can be replayed.
import { rng } from '../bench/pages/markup.mjs';
import { EVENT_TYPES, RELATIONSHIPS, type Contact, type EventType, type VouchEvent } from '@/storage/types';

const NOW = new Date('2025-06-01T12:00:00Z');
const DAY = 86_400_000;

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A history with every type, removed events, and dates drawn from few days so that ties are common. */
function randomHistory(r: () => number, contactId: string, size: number, firstSeq = 1): VouchEvent[] {
  return Array.from({ length: size }, (_, i) => ({
    seq: firstSeq + i,
    contactId,
    type: pick(r, EVENT_TYPES),
    at: new Date(NOW.getTime() - Math.floor(r() * 8) * 5 * DAY),
    source: 'user' as const,
    key: `${contactId}:${firstSeq + i}`,
    text: `text ${firstSeq + i}`,
    ...(r() < 0.15 ? { deletedAt: new Date(NOW.getTime() - DAY) } : {}),
  }));
}

function randomContact(r: () => number, id: string): Contact {
  return {
    id,
    name: id,
    nameKey: id,
    createdAt: NOW,
    updatedAt: NOW,
    ...(r() < 0.7 ? { relationship: pick(r, RELATIONSHIPS) } : {}),
    ...(r() < 0.3 ? { reminderAfterDays: 1 + Math.floor(r() * 30) } : {}),
    ...(r() < 0.2 ? { doNotNudge: true } : {}),
    ...(r() < 0.2 ? { snoozedUntil: new Date(NOW.getTime() + (r() < 0.5 ? 1 : -1) * DAY) } : {}),
  };
}

describe('digestOf', () => {
  it('keeps the newest live event of each type, the first written on a tie, in write order', () => {
    const e = (seq: number, type: EventType, day: number, deleted = false): VouchEvent => ({
      seq, contactId: 'a', type, at: new Date(Date.UTC(2025, 0, day)), source: 'user', key: `k${seq}`, ...(deleted ? { deletedAt: NOW } : {}),
    });
    const history = [e(1, 'request-sent', 1), e(2, 'request-sent', 5), e(3, 'request-sent', 5), e(4, 'reminder-sent', 9), e(5, 'reminder-sent', 12),
      e(6, 'given', 20, true), e(7, 'agreed', 3), e(8, 'reminder-sent', 13, true), e(9, 'agreed', 2)];
    expect(digestOf(history).map((x) => x.seq)).toEqual([2, 5, 7]);
    // Given out of order, the same answer in write order.
    expect(digestOf([...history].reverse()).map((x) => x.seq)).toEqual([2, 5, 7]);
    expect(digestOf([])).toEqual([]);
    expect(digestOf([e(1, 'given', 1, true)])).toEqual([]);
  });

  it('gives the same standing as the whole history, on 3,000 random histories, for every contact setting and date', () => {
    const r = rng(7);
    for (let i = 0; i < 3_000; i++) {
      const history = randomHistory(r, 'c', 1 + Math.floor(r() * 14));
      const contact = r() < 0.9 ? randomContact(r, 'c') : null;
      const now = new Date(NOW.getTime() + Math.floor(r() * 40) * DAY);
      const defaults = r() < 0.5 ? { reminderAfterDays: 1 + Math.floor(r() * 30) } : {};
      const whole = standingOf('c', contact, history, now, defaults);
      expect(standingOf('c', contact, digestOf(history), now, defaults), `history ${i}`).toEqual(whole);
    }
  });

  it('can be kept up by adding new events to the digest alone', () => {
    const r = rng(11);
    for (let i = 0; i < 1_000; i++) {
      const before = randomHistory(r, 'c', Math.floor(r() * 10));
      const added = randomHistory(r, 'c', 1 + Math.floor(r() * 4), before.length + 1);
      expect(digestOf([...digestOf(before), ...added])).toEqual(digestOf([...before, ...added]));
    }
  });
});

const dbs: VouchDb[] = [];
function freshDb(): VouchDb {
  const db = createDb(`digest-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** The digests the database holds against those of its whole history, made from scratch. */
async function expectTrue(db: VouchDb, when = '') {
  const [events, digests] = await Promise.all([db.events.toArray(), db.digests.toArray()]);
  const byId = (rows: { contactId: string }[]) => [...rows].sort((a, b) => a.contactId.localeCompare(b.contactId));
  expect(byId(digests), when).toEqual(byId(digestsOf(events)));
}

const ev = (contactId: string, type: EventType, day: number, key: string, extra: Partial<VouchEvent> = {}): VouchEvent => ({
  contactId, type, at: new Date(Date.UTC(2025, 0, day)), source: 'user', key, ...extra,
});

/** The keys of the events a contact's stored digest holds (a digest keeps each event's seq, not its key). */
async function digestKeys(db: VouchDb, contactId: string): Promise<string[] | undefined> {
  const digest = await db.digests.get(contactId);
  return digest && Promise.all(digest.events.map(async (e) => (await db.events.get(e.seq!))!.key));
}

describe('the digests the database keeps', () => {
  it('follow every way events are written: append, edit, remove, undo, move, delete by key or range, clear', async () => {
    const db = freshDb();
    await appendEvents(db, [ev('a', 'request-sent', 1, 'a1'), ev('a', 'agreed', 3, 'a2'), ev('b', 'given', 2, 'b1')]);
    await expectTrue(db, 'append');
    expect(await digestKeys(db, 'a')).toEqual(['a1', 'a2']);
    await appendEvents(db, [ev('a', 'request-sent', 1, 'a1'), ev('a', 'received', 9, 'a3')]); // a1 again: skipped
    await expectTrue(db, 'append again');

    await updateEvent(db, 'a3', { type: 'given', at: new Date(Date.UTC(2025, 0, 12)) });
    await expectTrue(db, 'edit');
    await deleteEvent(db, 'a2', NOW);
    await expectTrue(db, 'remove');
    expect(await digestKeys(db, 'a')).toEqual(['a1', 'a3']);
    await restoreEvent(db, 'a2');
    await expectTrue(db, 'undo');

    // An import folding one contact into another moves the history: both digests change.
    await db.events.where('contactId').equals('b').modify({ contactId: 'a' });
    await expectTrue(db, 'move');
    expect(await db.digests.get('b')).toBeUndefined();

    await appendEvents(db, [ev('c', 'note', 4, 'c1'), ev('d', 'thanked', 5, 'd1'), ev('d', 'declined', 6, 'd2')]);
    const [c1] = await db.events.where('key').equals('c1').primaryKeys();
    await db.events.delete(c1!);
    await expectTrue(db, 'delete by key');
    expect(await db.digests.get('c')).toBeUndefined();
    const d1 = (await db.events.where('key').equals('d1').first())!.seq!;
    await db.events.where(':id').between(d1, d1 + 1).delete();
    await expectTrue(db, 'delete a range');
    expect(await digestKeys(db, 'd')).toEqual(['d2']);

    await db.events.clear();
    await expectTrue(db, 'clear');
    expect(await db.digests.count()).toBe(0);
  });

  it('take only the rows a bulk write kept when some of it fails', async () => {
    const db = freshDb();
    await db.events.add(ev('a', 'given', 1, 'same'));
    await expect(db.events.bulkAdd([ev('a', 'received', 2, 'new-a'), ev('b', 'received', 3, 'same'), ev('c', 'agreed', 4, 'new-c')])).rejects.toThrow();
    expect(await db.events.count()).toBe(3);
    await expectTrue(db);
    expect(await db.digests.get('b')).toBeUndefined();
  });

  it('stay with the history when a write fails: both are undone together', async () => {
    const db = freshDb();
    await appendEvents(db, [ev('a', 'request-sent', 1, 'a1')]);
    await expect(
      db.transaction('rw', db.events, async () => {
        await db.events.add(ev('a', 'received', 2, 'a2'));
        await db.events.where('key').equals('a1').modify({ contactId: 'z' });
        throw new Error('something else went wrong');
      }),
    ).rejects.toThrow('something else went wrong');
    await expectTrue(db);
    expect(await digestKeys(db, 'a')).toEqual(['a1']);
  });

  it('are made again by a backup restore and emptied by deleting everything, and are not in the backup', async () => {
    const db = freshDb();
    const r = rng(3);
    await db.events.bulkAdd(['a', 'b', 'c'].flatMap((id, i) => randomHistory(r, id, 12, 1 + i * 12)).map(({ seq: _s, ...e }) => e));
    const file = await exportBackup(db, NOW);
    expect(Object.keys((await createBackup(db, NOW)).data)).not.toContain('digests');
    await db.events.clear();
    await appendEvents(db, [ev('other', 'given', 1, 'o1')]);
    await restoreBackup(db, file);
    await expectTrue(db, 'restore');
    expect((await db.digests.toArray()).map((d) => d.contactId).sort()).toEqual(['a', 'b', 'c']);
    await deleteAllData(db);
    expect(await db.digests.count()).toBe(0);
  });

  it('stay true through 400 random writes of every kind', async () => {
    const db = freshDb();
    const r = rng(42);
    const people = ['a', 'b', 'c', 'd', 'e'];
    let n = 0;
    for (let step = 0; step < 400; step++) {
      const keys = await db.events.toCollection().primaryKeys();
      const some = () => pick(r, keys);
      const roll = r();
      if (roll < 0.4 || keys.length === 0) {
        const history = randomHistory(r, pick(r, people), 1 + Math.floor(r() * 3)).map(({ seq: _s, ...e }) => ({ ...e, key: `k${n++}` }));
        await db.events.bulkAdd(history);
      } else if (roll < 0.55) {
        await db.events.update(some(), { at: new Date(NOW.getTime() - Math.floor(r() * 8) * 5 * DAY), type: pick(r, EVENT_TYPES) });
      } else if (roll < 0.65) {
        await db.events.update(some(), r() < 0.5 ? { deletedAt: NOW } : { deletedAt: undefined });
      } else if (roll < 0.75) {
        await db.events.where('contactId').equals(pick(r, people)).modify({ contactId: pick(r, people) });
      } else if (roll < 0.85) {
        await db.events.bulkDelete([some(), some()]);
      } else if (roll < 0.95) {
        const e = (await db.events.get(some()))!;
        await db.events.put({ ...e, contactId: pick(r, people), text: 'moved' });
      } else {
        await db.events.where(':id').below(some()).delete();
      }
      if (step % 20 === 19) await expectTrue(db, `step ${step}`);
    }
    await expectTrue(db, 'end');
    // Correctness only: some 500 awaited transactions, which a busy two-core machine can stretch past 5 s.
  }, 60_000);

  it('give the whole ledger the standings of the whole history', async () => {
    const db = freshDb();
    const r = rng(5);
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    await db.contacts.bulkAdd(ids.slice(0, 35).map((id) => randomContact(r, id))); // p35-p39 have events and no row
    let seq = 1;
    const events = ids.flatMap((id) => {
      const h = randomHistory(r, id, Math.floor(r() * 12), seq);
      seq += h.length;
      return h;
    });
    await db.events.bulkAdd(events.map(({ seq: _s, ...e }) => e));
    const stored = await db.events.toArray();
    const contacts = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
    const everyone = new Set([...contacts.keys(), ...stored.map((e) => e.contactId)]);
    const expected = [...everyone].map((id) => standingOf(id, contacts.get(id) ?? null, stored.filter((e) => e.contactId === id), NOW, { reminderAfterDays: 9 }));
    const byId = (rows: { contactId: string }[]) => [...rows].sort((a, b) => a.contactId.localeCompare(b.contactId));
    expect(byId(await everyStanding(db, NOW, { reminderAfterDays: 9 }))).toEqual(byId(expected));
  });

  it('wake a live query of the ledger when an event is written', async () => {
    const db = freshDb();
    await db.contacts.add(randomContact(rng(1), 'a'));
    const seen: string[] = [];
    const sub = liveQuery(() => everyStanding(db, NOW)).subscribe((rows) => seen.push(rows[0]?.status ?? 'empty'));
    try {
      await expect.poll(() => seen).toEqual(['none']);
      await appendEvents(db, [ev('a', 'received', 1, 'a1')]);
      await expect.poll(() => seen).toEqual(['none', 'you-owe']);
      await deleteEvent(db, 'a1', NOW);
      await expect.poll(() => seen).toEqual(['none', 'you-owe', 'none']);
    } finally {
      sub.unsubscribe();
    }
  });
});
