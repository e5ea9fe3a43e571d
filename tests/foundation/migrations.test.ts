import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, LATEST_VERSION, SCHEMA } from '@/storage/db';
import { NEWER_DATA_MESSAGE, openCurrentVouchDb, openVouchDb, versionOnDisk } from '@/storage/open';

/**
 * The migration harness: for every schema version, a database written by the version before it,
 * with data, is opened by the current code and checked row by row.
 */
const names: string[] = [];
function fresh() {
  const name = `migrate-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Data as each version wrote it. Add an entry when a version is added. */
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('contacts').bulkAdd([
      { id: 'jane-doe-42', name: 'Jane Doe', firstName: 'Jane', relationship: 'peer', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-02') },
      { id: 'jose-garcia', name: 'Jose\u0301 Garci\u0301a', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-01') },
    ]);
    await db.table('events').bulkAdd([
      { contactId: 'jane-doe-42', type: 'request-sent', at: new Date('2025-02-01'), source: 'user', key: 'k1', text: 'Hi Jane' },
      { contactId: 'jose-garcia', type: 'received', at: new Date('2025-03-01'), source: 'page', key: 'k2' },
    ]);
    await db.table('notes').add({ contactId: 'jane-doe-42', at: new Date('2025-02-02'), text: 'Led the billing migration' });
    await db.table('drafts').put({ id: 'jane-doe-42:write', contactId: 'jane-doe-42', kind: 'write', text: 'Draft', updatedAt: new Date('2025-02-03') });
    await db.table('templates').put({ id: 't1', group: 'peer', kind: 'request', name: 'Mine', body: 'Hi {firstName}', builtIn: false, updatedAt: new Date('2025-02-04') });
    await db.table('settings').put({ key: 'lastImport', value: '2025-02-05' });
    await db.table('log').add({ at: new Date('2025-02-06'), level: 'error', source: 'x', message: 'y' });
  },
  2: async (db) => {
    await db.table('contacts').bulkAdd([
      {
        id: 'jane-doe-42', memberUrn: 'urn:li:member:42', name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', headline: 'Staff engineer',
        company: 'Norrland Freight', connectedAt: new Date('2019-05-01'), nameKey: 'jane doe', relationship: 'manager',
        reminderAfterDays: 21, doNotNudge: true, snoozedUntil: new Date('2025-07-01'), createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-04-02'),
      },
      { id: 'jose-garcia', name: 'Jose\u0301 Garci\u0301a', nameKey: 'jose garcia', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-01') },
    ]);
    await db.table('events').bulkAdd([
      { contactId: 'jane-doe-42', type: 'request-sent', at: new Date('2025-02-01'), source: 'user', key: 'user:1', text: 'Hi Jane' },
      { contactId: 'jane-doe-42', type: 'received', at: new Date('2025-03-01'), source: 'page', key: 'page:received:jane-doe-42', text: 'Jane is great.' },
      { contactId: 'jose-garcia', type: 'given', at: new Date('2024-11-01'), source: 'import', key: 'import:given:jose', deletedAt: new Date('2025-03-05') },
    ]);
    await db.table('notes').bulkAdd([
      { contactId: 'jane-doe-42', at: new Date('2025-02-02'), text: 'Led the billing migration' },
      { contactId: 'jose-garcia', at: new Date('2025-02-03'), text: 'Met at the Lisbon offsite' },
    ]);
    await db.table('drafts').bulkPut([
      { id: 'jane-doe-42:write', contactId: 'jane-doe-42', kind: 'write', text: 'Jane rebuilt our on-call rotation.', updatedAt: new Date('2025-02-03') },
      { id: 'jose-garcia:request', contactId: 'jose-garcia', kind: 'request', text: 'Hi José, could you…', updatedAt: new Date('2025-02-04') },
    ]);
    await db.table('templates').bulkPut([
      { id: 'user:7', group: 'peer', kind: 'request', name: 'Mine', body: 'Hi {firstName}', builtIn: false, updatedAt: new Date('2025-02-04') },
      { id: 'builtin:manager:request:1', group: 'manager', kind: 'request', name: 'Edited', body: 'Hello {firstName}', builtIn: true, updatedAt: new Date('2025-02-05') },
    ]);
    await db.table('settings').bulkPut([
      { key: 'lastImport', value: '2025-02-05' },
      { key: 'importMatches', value: { 'jane d': 'jane-doe-42' } },
    ]);
    await db.table('ambiguities').add({
      createdAt: new Date('2025-04-01'),
      row: { name: 'Sam Lee', company: 'Acme', type: 'received', at: new Date('2024-12-01'), text: 'Sam is kind.', key: 'import:received:sam' },
      candidates: ['sam-lee', 'sam-lee-2'],
    });
    await db.table('log').bulkAdd([
      { at: new Date('2025-02-06'), level: 'error', source: 'content:panel', message: 'TypeError: x' },
      { at: new Date('2025-02-07'), level: 'warn', source: 'router', message: 'Refused: unknown message "nope".' },
    ]);
  },
  // v3 adds only the digests, which the database writes itself with the events.
  3: async (db) => SEEDS[2]!(db),
  // v4 only drops indexes: the same rows.
  4: async (db) => SEEDS[3]!(db),
};

/** Every row of every table, for comparing a database before and after it is opened. */
async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** What each upgrade must leave behind, checked on every row. */
const CHECKS: Record<number, (db: Dexie) => Promise<void>> = {
  2: async (db) => {
    const contacts = await db.table('contacts').orderBy('id').toArray();
    expect(contacts).toEqual([
      { id: 'jane-doe-42', name: 'Jane Doe', firstName: 'Jane', relationship: 'peer', nameKey: 'jane doe', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-02') },
      { id: 'jose-garcia', name: 'Jose\u0301 Garci\u0301a', nameKey: 'jose garcia', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-01') },
    ]);
    const events = await db.table('events').orderBy('seq').toArray();
    expect(events.map((e) => [e.seq, e.contactId, e.type, e.at, e.source, e.key, e.text])).toEqual([
      [1, 'jane-doe-42', 'request-sent', new Date('2025-02-01'), 'user', 'k1', 'Hi Jane'],
      [2, 'jose-garcia', 'received', new Date('2025-03-01'), 'page', 'k2', undefined],
    ]);
    expect(await db.table('notes').toArray()).toEqual([{ id: 1, contactId: 'jane-doe-42', at: new Date('2025-02-02'), text: 'Led the billing migration' }]);
    expect(await db.table('drafts').toArray()).toEqual([{ id: 'jane-doe-42:write', contactId: 'jane-doe-42', kind: 'write', text: 'Draft', updatedAt: new Date('2025-02-03') }]);
    expect(await db.table('templates').toArray()).toHaveLength(1);
    expect(await db.table('settings').get('lastImport')).toEqual({ key: 'lastImport', value: '2025-02-05' });
    expect(await db.table('log').count()).toBe(1);
    expect(await db.table('ambiguities').count()).toBe(0);
  },
  3: async (db) => {
    // Each contact with events has one digest, made from the history the upgrade found: the
    // newest live event of each type; a contact whose only event was removed keeps an empty one.
    const digests = await db.table('digests').orderBy('contactId').toArray();
    const keyOf = async (e: { seq: number }) => (await db.table('events').get(e.seq)).key;
    const keys = (d: { events: { seq: number }[] }) => Promise.all(d.events.map(keyOf));
    expect(await Promise.all(digests.map(async (d) => [d.contactId, await keys(d)]))).toEqual([
      ['jane-doe-42', ['user:1', 'page:received:jane-doe-42']],
      ['jose-garcia', []],
    ]);
    // An event as a digest keeps it: its order, type and date, not its text, key or source.
    expect(digests[0].events[1]).toEqual({ seq: 2, type: 'received', at: new Date('2025-03-01') });
    // The rest is untouched.
    expect(await db.table('events').count()).toBe(3);
    expect(await db.table('contacts').get('jane-doe-42')).toMatchObject({ relationship: 'manager', reminderAfterDays: 21, doNotNudge: true });
    // And they stay true as the history changes after the upgrade.
    await db.table('events').add({ contactId: 'jose-garcia', type: 'given', at: new Date('2025-05-01'), source: 'user', key: 'user:2' });
    expect(await keys(await db.table('digests').get('jose-garcia'))).toEqual(['user:2']);
  },
  4: async (db) => {
    // Only the contacts' secondary indexes are gone; every contact keeps every field.
    expect(db.table('contacts').schema.indexes).toEqual([]);
    expect(await db.table('contacts').orderBy('id').toArray()).toEqual([
      {
        id: 'jane-doe-42', memberUrn: 'urn:li:member:42', name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', headline: 'Staff engineer',
        company: 'Norrland Freight', connectedAt: new Date('2019-05-01'), nameKey: 'jane doe', relationship: 'manager',
        reminderAfterDays: 21, doNotNudge: true, snoozedUntil: new Date('2025-07-01'), createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-04-02'),
      },
      { id: 'jose-garcia', name: 'Jose\u0301 Garci\u0301a', nameKey: 'jose garcia', createdAt: new Date('2025-01-01'), updatedAt: new Date('2025-01-01') },
    ]);
    expect(await db.table('events').count()).toBe(3);
    expect(await db.table('digests').count()).toBe(2);
    expect(await db.table('notes').count()).toBe(2);
    expect(await db.table('ambiguities').count()).toBe(1);
  },
};

describe('schema migrations', () => {
  it('has a seed for every version and a check for every upgrade', () => {
    for (const { version } of SCHEMA) {
      expect(SEEDS[version], `seed for v${version}`).toBeTypeOf('function');
      if (version > 1) expect(CHECKS[version], `check for v${version}`).toBeTypeOf('function');
    }
  });

  for (const { version } of SCHEMA.filter((s) => s.version > 1)) {
    it(`upgrades a v${version - 1} database with data to v${version} and on to the latest`, async () => {
      const name = fresh();
      const old = createDb(name, version - 1);
      await old.open();
      await SEEDS[version - 1]!(old);
      old.close();

      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      await CHECKS[version]!(db);
      db.close();
    });
  }

  it(`a v${LATEST_VERSION} database (the latest) with data opens with the current code and keeps every row`, async () => {
    const name = fresh();
    const old = createDb(name, LATEST_VERSION);
    await old.open();
    await SEEDS[LATEST_VERSION]!(old);
    const before = await snapshot(old);
    old.close();
    // Every table holds rows, so "intact" below says something about each of them.
    expect(Object.keys(before).sort()).toEqual(['ambiguities', 'contacts', 'digests', 'drafts', 'events', 'log', 'notes', 'settings', 'templates']);
    for (const [table, rows] of Object.entries(before)) expect(rows.length, table).toBeGreaterThan(0);

    const { db, readOnlyReason } = await openVouchDb(name);
    expect(readOnlyReason).toBeNull();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await snapshot(db)).toEqual(before);
    // And its indexes answer: the ones later versions added as well as the first ones.
    expect(await db.table('events').where('[contactId+at]').between(['jane-doe-42', new Date(0)], ['jane-doe-42', new Date(8.64e15)]).count()).toBe(2);
    expect(await db.table('templates').where('[group+kind]').equals(['manager', 'request']).count()).toBe(1);
    db.close();
  });

  it('a fresh database opens at the latest version with every table', async () => {
    const db = createDb(fresh());
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['ambiguities', 'contacts', 'digests', 'drafts', 'events', 'log', 'notes', 'settings', 'templates']);
    db.close();
  });

  it('a database from a newer Vouch (after a downgrade) opens read-only and is not touched', async () => {
    const name = fresh();
    const future = new Dexie(name);
    future.version(LATEST_VERSION + 5).stores({ contacts: '&id', events: '++seq, &key', futureTable: '++id' });
    await future.open();
    await future.table('contacts').add({ id: 'jane', name: 'Jane', futureField: 1 });
    future.close();

    const { db, readOnlyReason } = await openVouchDb(name);
    expect(readOnlyReason).toBe(NEWER_DATA_MESSAGE);
    expect(db.verno).toBe(LATEST_VERSION + 5);
    expect(await db.table('contacts').toArray()).toEqual([{ id: 'jane', name: 'Jane', futureField: 1 }]);
    // Not even an index was added to make it fit this version's schema.
    expect(db.table('events').schema.indexes.map((i) => i.name)).toEqual(['key']);
    db.close();
  });
});

describe('versionOnDisk', () => {
  const withoutList = async <T,>(fn: () => Promise<T>): Promise<T> => {
    const own = Object.getOwnPropertyDescriptor(indexedDB, 'databases');
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      return await fn();
    } finally {
      if (own) Object.defineProperty(indexedDB, 'databases', own);
      else delete (indexedDB as { databases?: unknown }).databases;
    }
  };

  it.each([
    ['from the list of databases', <T,>(fn: () => Promise<T>) => fn()],
    ['by opening it, where the browser has no list', withoutList],
  ])('reads the schema version %s, null when there is none, and creates nothing', async (_how, run) => {
    const name = fresh();
    expect(await run(() => versionOnDisk(name))).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = createDb(name);
    await db.open();
    db.close();
    expect(await run(() => versionOnDisk(name))).toBe(LATEST_VERSION);
  });

  it('opens the database to read it when the list is refused', async () => {
    const name = fresh();
    const db = createDb(name);
    await db.open();
    db.close();
    const spy = vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('refused'));
    const open = vi.spyOn(indexedDB, 'open');
    try {
      expect(await versionOnDisk(name)).toBe(LATEST_VERSION);
      expect(open).toHaveBeenCalledWith(name);
    } finally {
      spy.mockRestore();
      open.mockRestore();
    }
  });

  it('does not open the database when the list answers', async () => {
    const name = fresh();
    const db = createDb(name);
    await db.open();
    db.close();
    const open = vi.spyOn(indexedDB, 'open');
    try {
      expect(await versionOnDisk(name)).toBe(LATEST_VERSION);
      expect(open).not.toHaveBeenCalled();
    } finally {
      open.mockRestore();
    }
  });
});

describe('openCurrentVouchDb', () => {
  it('answers queries made before its open has finished, at the latest version, writable', async () => {
    const name = fresh();
    const seed = createDb(name);
    await seed.contacts.add({ id: 'jane', name: 'Jane' } as never);
    seed.close();
    const { db, readOnlyReason, ready } = openCurrentVouchDb(name);
    expect(readOnlyReason).toBeNull();
    const read = db.contacts.get('jane'); // asked at once, answered once open
    await ready;
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await read)?.name).toBe('Jane');
    db.close();
  });
});
