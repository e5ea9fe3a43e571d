import { readable } from '@/components/shared/display';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { clearDraft, saveDraft } from '@/storage/repositories/drafts';
import { addNote, deleteNote, notesOf } from '@/storage/repositories/notes';
import { useDashboard, useReadOnly } from './context';
import { CopyButton } from './CopyButton';
import type { Undoable } from './UndoBar';

/** The user's notes on a contact, and the drafts they left in the composer or coach. */
export function ContactNotes({ contactId, onChange }: { contactId: string; onChange: (u: Undoable) => void }) {
  const { db, now } = useDashboard();
  const readOnly = useReadOnly();
  const notes = useLiveQuery(() => notesOf(db, contactId), [db, contactId]);
  const drafts = useLiveQuery(() => db.drafts.where('contactId').equals(contactId).toArray(), [db, contactId]);
  const [text, setText] = useState('');

  return (
    <>
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">Notes</h3>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            const note = await addNote(db, contactId, text.trim(), now());
            setText('');
            onChange({ message: 'Note added.', undo: () => deleteNote(db, note.id!) });
          }}
        >
          <fieldset disabled={readOnly}>
            <label>
              New note
              <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
            </label>
            <button type="submit" disabled={!text.trim()}>
              Add note
            </button>
          </fieldset>
        </form>
        {notes?.length ? (
          <ul className="notes">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="muted">{n.at.toLocaleDateString()}</span>
                <p className="event-text">{readable(n.text)}</p>
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={async () => {
                    await deleteNote(db, n.id!);
                    onChange({ message: 'Note removed.', undo: () => addNote(db, contactId, n.text, n.at) });
                  }}
                >
                  Remove note
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No notes yet.</p>
        )}
      </section>
      <section aria-labelledby="drafts-heading">
        <h3 id="drafts-heading">Drafts</h3>
        {drafts?.length ? (
          <ul className="notes">
            {drafts.map((d) => (
              <li key={d.id}>
                <span className="muted">
                  {d.kind === 'write' ? 'Recommendation you are writing' : 'Request you are writing'} · saved {d.updatedAt.toLocaleDateString()}
                </span>
                <p className="event-text">{readable(d.text)}</p>
                <CopyButton text={d.text} />
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={async () => {
                    await clearDraft(db, contactId, d.kind);
                    onChange({ message: 'Draft removed.', undo: () => saveDraft(db, contactId, d.kind, d.text, d.updatedAt) });
                  }}
                >
                  Remove draft
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No drafts.</p>
        )}
      </section>
    </>
  );
}
