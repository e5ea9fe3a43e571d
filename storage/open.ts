import { Dexie } from 'dexie';
import { createDb, DB_NAME, type VouchDb } from './db';

export interface OpenedDb {
  db: VouchDb;
  /** Set when the data on disk was written by a newer Vouch: nothing may write to it. */
  readOnlyReason: string | null;
}

export const NEWER_DATA_MESSAGE =
  'Your Vouch data was saved by a newer version of Vouch. To protect it, this version only reads it: update Vouch to make changes.';

/**
 * Opens the database for the background and extension pages. After a downgrade the disk holds a
 * newer schema than this code knows; Dexie refuses to open it, so it is opened as it stands and
 * marked read-only instead of being touched.
 */
export async function openVouchDb(name: string = DB_NAME): Promise<OpenedDb> {
  const db = createDb(name);
  try {
    await db.open();
    return { db, readOnlyReason: null };
  } catch (e) {
    if (!(e instanceof Dexie.VersionError) && (e as Error)?.name !== 'VersionError') throw e;
    db.close();
    const asIs = new Dexie(name) as VouchDb; // no declared versions: opens whatever is on disk
    await asIs.open();
    return { db: asIs, readOnlyReason: NEWER_DATA_MESSAGE };
  }
}
