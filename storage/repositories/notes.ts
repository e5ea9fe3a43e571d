import type { VouchDb } from '../db';
import type { Note } from '../types';

export async function addNote(db: VouchDb, contactId: string, text: string, at = new Date()): Promise<Note> {
  const note: Note = { contactId, text, at };
  note.id = await db.notes.add(note);
  return note;
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
