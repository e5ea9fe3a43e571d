import { Dexie, type EntityTable } from 'dexie';
import type {
  Ambiguity,
  Contact,
  Draft,
  HistoryDigest,
  LogEntry,
  Note,
  Setting,
  Template,
  VouchEvent,
} from './types';
import { normaliseName } from './types';

import { DB_NAME } from './db-name';
import { digestMiddleware, digestsOf } from './digest';

export { DB_NAME };

export type VouchDb = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  events: EntityTable<VouchEvent, 'seq'>;
  notes: EntityTable<Note, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  templates: EntityTable<Template, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  ambiguities: EntityTable<Ambiguity, 'id'>;
  log: EntityTable<LogEntry, 'id'>;
  digests: EntityTable<HistoryDigest, 'contactId'>;
};

/**
 * Every released schema, oldest first. Never edit a released entry: add a new one with its upgrade.
 * The migration tests build a database at each version and upgrade it to the latest.
 */
export const SCHEMA = [
  {
    version: 1,
    stores: {
      contacts: '&id, memberUrn, updatedAt, relationship',
      events: '++seq, &key, contactId, [contactId+at], type, at',
      notes: '++id, contactId, [contactId+at]',
      drafts: '&id, contactId, updatedAt',
      templates: '&id, [group+kind]',
      settings: '&key',
      log: '++id, at',
    },
  },
  {
    // v2: import needs to find contacts by name, and a queue for rows that match several people.
    version: 2,
    stores: {
      contacts: '&id, memberUrn, updatedAt, relationship, nameKey',
      ambiguities: '++id, createdAt',
    },
    upgrade: async (tx: import('dexie').Transaction) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((c: Contact) => {
          c.nameKey = normaliseName(c.name ?? '');
        });
    },
  },
  {
    // v3: each contact's standing-deciding events in one row (storage/digest.ts), so that the
    // whole ledger reads one row per contact instead of every event.
    version: 3,
    stores: {
      digests: '&contactId',
    },
    upgrade: async (tx: import('dexie').Transaction) => {
      const events = (await tx.table('events').toArray()) as VouchEvent[];
      await tx.table('digests').bulkPut(digestsOf(events));
    },
  },
  {
    // v4: the contacts' secondary indexes go. Nothing looks contacts up by them (the import
    // matches names in memory, on every contact read at once), and each one was a further
    // record for IndexedDB to write with every contact: an import of 30,000 connections wrote
    // 150,000 records where 30,000 do. Only indexes are dropped; every row and field stays.
    version: 4,
    stores: {
      contacts: '&id',
    },
  },
] as const;

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** Opens (and upgrades) Vouch's database. Tests pass a fresh name each. */
export function createDb(name: string = DB_NAME, upTo: number = LATEST_VERSION): VouchDb {
  const db = new Dexie(name) as VouchDb;
  db.use(digestMiddleware);
  for (const step of SCHEMA) {
    if (step.version > upTo) break;
    const v = db.version(step.version).stores(step.stores);
    if ('upgrade' in step && step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
}
