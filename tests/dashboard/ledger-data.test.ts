import { describe, expect, it } from 'vitest';
import { loadLedger } from '@/components/dashboard/ledger-data';
import { appendEvents } from '@/storage/repositories/events';
import { ledger } from '@/storage/repositories/status';
import { contact, event, freshDb, NOW } from './helpers';

describe('loadLedger', () => {
  it('gives the same standings as the repository’s ledger, contacts without a row included', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([contact('a', 'Ann A', { relationship: 'peer' }), contact('b', 'Bo B', { doNotNudge: true }), contact('c', 'Cy C')]);
    await appendEvents(db, [event('a', 'request-sent', 30), event('b', 'given', 10), event('orphan', 'received', 2)]);
    const mine = await loadLedger(db, NOW, { reminderAfterDays: 21 });
    const theirs = await ledger(db, NOW, { reminderAfterDays: 21 });
    const byId = (rows: typeof mine) => Object.fromEntries(rows.map((r) => [r.contactId, r]));
    expect(byId(mine)).toEqual(byId(theirs));
    expect(mine.map((r) => r.contactId).sort()).toEqual(['a', 'b', 'c', 'orphan']);
  });

  it('reads an empty database as no rows', async () => {
    expect(await loadLedger(freshDb(), NOW)).toEqual([]);
  });
});
