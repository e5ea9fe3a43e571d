import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rereadEverything } from '@/components/dashboard/reread';
import { createDb, type VouchDb } from '@/storage/db';
import { notesOf } from '@/storage/repositories/notes';

const open: VouchDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A note written with IndexedDB itself, so that no word of it reaches Dexie (as when the worker stopped before telling). */
function writeUnheard(name: string, note: { contactId: string; text: string; at: Date }): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('notes', 'readwrite');
      tx.objectStore('notes').add(note);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => (db.close(), reject(tx.error));
    };
  });
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('rereadEverything', () => {
  it('makes the live queries read a change they were never told of', async () => {
    const name = `reread-${crypto.randomUUID()}`;
    const db = createDb(name);
    open.push(db);
    await db.open();
    const seen: string[][] = [];
    const sub = liveQuery(() => notesOf(db, 'sam')).subscribe((notes) => seen.push(notes.map((n) => n.text)));
    try {
      await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
      await writeUnheard(name, { contactId: 'sam', text: 'Ran the Atlas migration.', at: new Date('2026-11-01T10:00:00Z') });
      await settle();
      expect(seen.at(-1)).toEqual([]); // unheard: the page would go on showing nothing
      rereadEverything();
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Ran the Atlas migration.']));
    } finally {
      sub.unsubscribe();
    }
  });
});
