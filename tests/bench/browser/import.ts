// Bundled by the bench and run in an extension page against the browser's real IndexedDB: an
// export is parsed and stored into a fresh database, the way the dashboard's import does it. The
// dashboard sends what it parsed to the background as JSON, which checks it against the message's
// schema before storing it: both are timed here too ("check"), in one page, without the hop itself.
import { Dexie } from 'dexie';
import * as v from 'valibot';
import { dashboardHandlers } from '@/storage/protocol/dashboard';
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
    const parsed = await parseLinkedInExport(zip);
    const t1 = performance.now();
    const checked = v.safeParse(dashboardHandlers['import.linkedin'].input, JSON.parse(JSON.stringify(parsed)));
    if (!checked.success) throw new Error(`the bench's export fails the import message's schema: ${checked.issues[0].message}`);
    const t2 = performance.now();
    const summary = await importLinkedInExport(db, checked.output);
    const t3 = performance.now();
    return {
      parseMs: t1 - t0,
      checkMs: t2 - t1,
      storeMs: t3 - t2,
      totalMs: t3 - t0,
      zipBytes: zip.byteLength,
      contacts: await db.contacts.count(),
      summary,
    };
  } finally {
    db.close();
    await Dexie.delete(dbName);
  }
}
