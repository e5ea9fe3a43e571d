import { afterEach, describe, expect, it } from 'vitest';
import { loadLedgerPreview, previewFromRows } from '@/components/dashboard/ledger-data';
import { createDb, LATEST_VERSION, type VouchDb } from '@/storage/db';
import { FIRST_SCREEN_ROWS, readFirstScreen, startFirstScreen, takeFirstScreen } from '@/storage/first-screen';
import { appendEvents } from '@/storage/repositories/events';
import { deleteEvent } from '@/storage/repositories/history-edit';
import { contact, event, NOW } from './helpers';

const open: VouchDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

async function seeded(name: string) {
  const db = createDb(name);
  open.push(db);
  const people = Array.from({ length: 40 }, (_, i) => contact(`p${i}`, `Person ${i}`, i % 3 ? { relationship: 'peer' } : {}));
  await db.contacts.bulkAdd(people.slice(0, 36)); // four have events but no contact row
  const events = people.flatMap((p, i) => [
    event(p.id, 'request-sent', 40 - i),
    ...(i % 4 === 0 ? [event(p.id, 'received', 30 - i / 2), event(p.id, 'given', 2, { key: `g${i}` })] : []),
  ]);
  await appendEvents(db, events);
  // The newest event of all is removed: its contact must not come first for it.
  await appendEvents(db, [event('p1', 'received', 0, { key: 'late' })]);
  await deleteEvent(db, 'late', NOW);
  return db;
}

describe('readFirstScreen', () => {
  it('reads the same first screen as Dexie does, without Dexie', async () => {
    const name = `first-${crypto.randomUUID()}`;
    const db = await seeded(name);
    const rows = await readFirstScreen(name, FIRST_SCREEN_ROWS);
    expect(rows?.version).toBe(LATEST_VERSION);
    expect(rows!.ids).toHaveLength(FIRST_SCREEN_ROWS);
    expect(rows!.ids[0]).not.toBe('p1');
    expect(rows!.ids).toContain('p39'); // events, but no contact row
    expect(previewFromRows(rows!, NOW)).toEqual(await loadLedgerPreview(db, NOW));
    expect(previewFromRows(rows!, NOW, { reminderAfterDays: 3 })).toEqual(await loadLedgerPreview(db, NOW, { reminderAfterDays: 3 }));
  });

  it('gives null and creates nothing when there is no database', async () => {
    const name = `none-${crypto.randomUUID()}`;
    expect(await readFirstScreen(name, FIRST_SCREEN_ROWS)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('gives null for a database of that name without Vouch\'s stores', async () => {
    const name = `foreign-${crypto.randomUUID()}`;
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('other');
      req.onsuccess = () => (req.result.close(), resolve());
    });
    expect(await readFirstScreen(name, FIRST_SCREEN_ROWS)).toBeNull();
  });

  it('closes its connection, so that an upgrade or a deletion is never blocked by it', async () => {
    const name = `closed-${crypto.randomUUID()}`;
    (await seeded(name)).close();
    await readFirstScreen(name, FIRST_SCREEN_ROWS);
    const blocked = await new Promise<boolean>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onblocked = () => resolve(true);
      req.onsuccess = () => resolve(false);
    });
    expect(blocked).toBe(false);
  });

  it('stands aside when Dexie opens a newer schema while it reads', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    (await seeded(name)).close();
    const reading = readFirstScreen(name, FIRST_SCREEN_ROWS);
    const newer = createDb(name);
    newer.version(LATEST_VERSION + 1).stores({ extra: '++id' });
    open.push(newer);
    await newer.open();
    expect(newer.verno).toBe(LATEST_VERSION + 1);
    await reading; // whatever it read, it did not hold the upgrade up
  });

  it('is handed from the first script to the page once', async () => {
    expect(takeFirstScreen()).toBeUndefined();
    startFirstScreen(`handoff-${crypto.randomUUID()}`);
    const started = takeFirstScreen();
    expect(started).toBeInstanceOf(Promise);
    expect(await started).toBeNull();
    expect(takeFirstScreen()).toBeUndefined();
  });
});
