import { DB_NAME } from './db-name';
import type { Contact, VouchEvent } from './types';

/**
 * The rows behind the ledger's first screen: the contacts with the latest activity and each one's
 * whole history, as Dexie's reads would return them (`ledger-data.ts` turns them into standings).
 */
export interface FirstScreenRows {
  /** The schema version they were read at (Dexie's numbering). */
  version: number;
  ids: string[];
  contacts: (Contact | undefined)[];
  /** Each contact's events, in the `contactId` index's order. */
  events: VouchEvent[][];
}

/**
 * The contacts of the latest events, newest first, each once, up to `limit`; removed events are
 * passed over. `recent` holds a few times `limit` events, newest first.
 */
export function recentContactIds(recent: readonly VouchEvent[], limit: number): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const e of recent) {
    if (ids.length >= limit) break;
    if (e.deletedAt || seen.has(e.contactId)) continue;
    seen.add(e.contactId);
    ids.push(e.contactId);
  }
  return ids;
}

/** How many of the latest events are read to find `limit` people: a busy contact fills several. */
export const RECENT_PER_ROW = 5;

/** How many people the ledger's first screen shows before the whole ledger arrives: more than a screenful. */
export const FIRST_SCREEN_ROWS = 20;

const HANDOFF = '__vouchFirstScreen';
type Handoff = { [HANDOFF]?: Promise<FirstScreenRows | null> };

/** Run by the dashboard's first script: starts the read and leaves it for the page's main code. */
export function startFirstScreen(name: string = DB_NAME): void {
  (globalThis as Handoff)[HANDOFF] = readFirstScreen(name, FIRST_SCREEN_ROWS);
}

/** The read the first script started, once; undefined when that script did not run. */
export function takeFirstScreen(): Promise<FirstScreenRows | null> | undefined {
  const g = globalThis as Handoff;
  const started = g[HANDOFF];
  delete g[HANDOFF];
  return started;
}

/**
 * Reads the ledger's first screen with IndexedDB itself, in one read-only transaction, without
 * Dexie: the dashboard's first script runs this while its main code (Dexie and React) is still
 * arriving, so the first screen does not wait for it (docs/performance.md).
 *
 * It changes nothing: no database is created when there is none, a connection stands aside when
 * Dexie needs to upgrade the schema, and it closes when done. Anything unexpected (no database,
 * stores missing, an error) gives null, and the dashboard reads the same rows through Dexie.
 */
export function readFirstScreen(name: string, limit: number, idb: IDBFactory = indexedDB): Promise<FirstScreenRows | null> {
  return new Promise((resolve) => {
    let db: IDBDatabase | null = null;
    const fail = () => {
      db?.close();
      resolve(null);
    };
    let opening: IDBOpenDBRequest;
    try {
      opening = idb.open(name);
    } catch {
      return resolve(null);
    }
    opening.onupgradeneeded = () => opening.transaction?.abort(); // there was none: leave it so
    opening.onerror = () => resolve(null);
    opening.onblocked = () => resolve(null);
    opening.onsuccess = () => {
      db = opening.result;
      const open = db;
      open.onversionchange = () => open.close();
      try {
        const rows: FirstScreenRows = { version: open.version / 10, ids: [], contacts: [], events: [] };
        const tx = open.transaction(['contacts', 'events'], 'readonly');
        tx.oncomplete = () => {
          open.close();
          resolve(rows);
        };
        tx.onerror = fail;
        tx.onabort = fail;
        const events = tx.objectStore('events');
        const contacts = tx.objectStore('contacts');
        latest(events.index('at'), limit * RECENT_PER_ROW, (recent) => {
          rows.ids = recentContactIds(recent, limit);
          rows.ids.forEach((id, i) => {
            contacts.get(id).onsuccess = (e) => (rows.contacts[i] = (e.target as IDBRequest<Contact | undefined>).result);
            events.index('contactId').getAll(IDBKeyRange.only(id)).onsuccess = (e) =>
              (rows.events[i] = (e.target as IDBRequest<VouchEvent[]>).result);
          });
        });
      } catch {
        fail();
      }
    };
  });
}

/** The last `count` records of an index, newest first: one request where the browser can read backwards (IndexedDB 3), else a cursor. */
function latest(index: IDBIndex, count: number, done: (rows: VouchEvent[]) => void): void {
  if ('getAllRecords' in index.objectStore) {
    const options = { query: null, count, direction: 'prev' } as unknown as IDBKeyRange;
    index.getAll(options).onsuccess = (e) => done((e.target as IDBRequest<VouchEvent[]>).result);
    return;
  }
  const out: VouchEvent[] = [];
  const cursor = index.openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c && out.length < count) {
      out.push(c.value as VouchEvent);
      c.continue();
    } else done(out);
  };
}
