// Bundled by the bench and run in an extension page against the browser's real IndexedDB: an
// export is parsed and stored into a fresh database, the way the dashboard's import does it.
import { Dexie } from 'dexie';
import { createDb } from '@/storage/db';
import { importLinkedInExport } from '@/storage/import-merge';
import { parseLinkedInExport } from '@/storage/linkedin-export';
import { exportZip } from '../data/export.mjs';

export async function run(connections: number, dbName: string) {
  const zip = exportZip(connections);
  await Dexie.delete(dbName);
  const db = createDb(dbName);
  await db.open();
  try {
    const t0 = performance.now();
    const data = await parseLinkedInExport(zip);
    const t1 = performance.now();
    const summary = await importLinkedInExport(db, data);
    const t2 = performance.now();
    return { parseMs: t1 - t0, storeMs: t2 - t1, totalMs: t2 - t0, zipBytes: zip.byteLength, contacts: await db.contacts.count(), summary };
  } finally {
    db.close();
    await Dexie.delete(dbName);
  }
}
