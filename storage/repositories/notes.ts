import type { VouchDb } from '../db';
import type { Note } from '../types';

/**
 * Adds a note, once: a note with the same contact, moment and text is the same note sent again
 * (a retry whose first answer was lost when the worker stopped), and is returned as it is.
 */
export async function addNote(db: VouchDb, contactId: string, text: string, at = new Date()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const same = await db.notes.where('[contactId+at]').equals([contactId, at]).filter((n) => n.text === text).first();
    if (same) return same;
    const note: Note = { contactId, text, at };
    note.id = await db.notes.add(note);
    return note;
  });
}

export function notesOf(db: VouchDb, contactId: string): Promise<Note[]> {
  return db.notes
    .where('[contactId+at]')
    .between([contactId, new Date(-8.64e15)], [contactId, new Date(8.64e15)])
    .reverse()
    .toArray();
}

export function deleteNote(db: VouchDb, id: number): Promise<void> {
  return db.notes.delete(id);
}
