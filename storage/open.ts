import { Dexie } from 'dexie';
import { createDb, DB_NAME, LATEST_VERSION, type VouchDb } from './db';
import type { Said } from './said';

export interface OpenedDb {
  db: VouchDb;
  /** Set when the data on disk was written by a newer Vouch: nothing may write to it. */
  readOnlyReason: Said | null;
}

/** Why data saved by a newer Vouch is only read. */
export const NEWER_DATA_MESSAGE: Said = { key: 'errors.newerVouch' };

/**
 * The schema version on disk, without changing anything: null when there is no database yet.
 * (Dexie stores version n as IndexedDB version n × 10.)
 */
export async function versionOnDisk(name: string): Promise<number | null> {
  // The list of the origin's databases answers without opening one: opening and closing it first
  // delayed the dashboard's own open.
  if (typeof indexedDB.databases === 'function') {
    const all = await indexedDB.databases().catch(() => null);
    if (all) {
      const version = all.find((d) => d.name === name)?.version;
      return version ? version / 10 : null;
    }
  }
  return openedVersion(name);
}

/** The version found by opening the database (and undoing its creation when it did not exist). */
function openedVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      created = true;
      req.transaction?.abort(); // it did not exist: leave it that way
    };
    req.onsuccess = () => {
      const v = req.result.version;
      req.result.close();
      resolve(created ? null : v / 10);
    };
    req.onerror = () => (created ? resolve(null) : reject(req.error));
    req.onblocked = () => reject(new Error('The database is blocked by another Vouch window.'));
  });
}

/**
 * Opens the database for the background and extension pages. After a downgrade the disk holds a
 * newer schema than this code knows. Dexie would open it and patch it to fit; instead it is opened
 * as it stands, without a declared schema, and marked read-only.
 */
export async function openVouchDb(name: string = DB_NAME): Promise<OpenedDb> {
  const onDisk = await versionOnDisk(name);
  if (onDisk !== null && onDisk > LATEST_VERSION) {
    const asIs = new Dexie(name) as VouchDb;
    await asIs.open();
    return { db: asIs, readOnlyReason: NEWER_DATA_MESSAGE };
  }
  const db = createDb(name);
  await db.open();
  return { db, readOnlyReason: null };
}

/**
 * The database when its version on disk is already known to be this code's own (the dashboard's
 * first script has just opened it): no check first, and usable at once, since Dexie holds each
 * query until the open completes. `ready` settles when it has (or failed).
 */
export function openCurrentVouchDb(name: string = DB_NAME): OpenedDb & { ready: Promise<void> } {
  const db = createDb(name);
  return { db, readOnlyReason: null, ready: db.open().then(() => undefined) };
}
