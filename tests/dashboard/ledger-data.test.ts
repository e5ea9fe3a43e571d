import { describe, expect, it } from 'vitest';
import { loadLedgerPreview } from '@/components/dashboard/ledger-data';
import { sortLedger } from '@/components/dashboard/ledger-filter';
import { deleteEvent } from '@/storage/repositories/history-edit';
import { appendEvents } from '@/storage/repositories/events';
import { everyStanding, ledger } from '@/storage/repositories/status';
import { contact, event, freshDb, NOW } from './helpers';

describe('everyStanding', () => {
  it('gives the same standings as the repository’s ledger, contacts without a row included', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([contact('a', 'Ann A', { relationship: 'peer' }), contact('b', 'Bo B', { doNotNudge: true }), contact('c', 'Cy C')]);
    await appendEvents(db, [event('a', 'request-sent', 30), event('b', 'given', 10), event('orphan', 'received', 2)]);
    const mine = await everyStanding(db, NOW, { reminderAfterDays: 21 });
    const theirs = await ledger(db, NOW, { reminderAfterDays: 21 });
    const byId = (rows: typeof mine) => Object.fromEntries(rows.map((r) => [r.contactId, r]));
    expect(byId(mine)).toEqual(byId(theirs));
    expect(mine.map((r) => r.contactId).sort()).toEqual(['a', 'b', 'c', 'orphan']);
  });

  it('reads an empty database as no rows', async () => {
    expect(await everyStanding(freshDb(), NOW)).toEqual([]);
  });
});

describe('loadLedgerPreview', () => {
  it('is the top of the whole ledger in its default order, deleted events aside', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: 30 }, (_, i) => contact(`p${i}`, `Person ${i}`)));
    await appendEvents(db, [
      ...Array.from({ length: 30 }, (_, i) => event(`p${i}`, 'request-sent', 100 + i)),
      event('p7', 'received', 1),
      event('p3', 'given', 2, { key: 'gone' }),
      event('p9', 'agreed', 3),
    ]);
    await deleteEvent(db, 'gone');
    const preview = await loadLedgerPreview(db, NOW, {}, 5);
    const top = sortLedger(await everyStanding(db, NOW), 'recent').slice(0, 5);
    expect(preview.map((r) => r.contactId)).toEqual(['p7', 'p9', 'p0', 'p1', 'p2']);
    expect(preview).toEqual(top);
  });

  it('is empty when nothing has happened yet', async () => {
    const db = freshDb();
    await db.contacts.add(contact('a', 'Ann A'));
    expect(await loadLedgerPreview(db, NOW)).toEqual([]);
  });
});

describe('inPages', () => {
  it('reads every row exactly once across page boundaries, in key order', async () => {
    const { inPages } = await import('@/storage/repositories/status');
    const db = freshDb();
    const ids = Array.from({ length: 10 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    await db.contacts.bulkAdd([...ids].reverse().map((id) => contact(id, id)));
    for (const page of [1, 3, 5, 10, 50]) expect((await inPages(db.contacts, (c) => c.id, page)).map((c) => c.id), `page ${page}`).toEqual(ids);
    expect(await inPages(db.digests, (d) => d.contactId, 3)).toEqual([]);
    await db.delete();
  });
});
