import { readable } from '@/components/shared/display';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { notesOf } from '@/storage/repositories/notes';
import { useDashboard, useReadOnly } from './context';
import { useAction } from './use-action';
import { CopyButton } from './CopyButton';
import type { Undoable } from './UndoBar';
import { formatDate, t } from '@/components/i18n/t';

/** The user's notes on a contact, and the drafts they left in the composer or coach. */
export function ContactNotes({ contactId, onChange }: { contactId: string; onChange: (u: Undoable) => void }) {
  const { db, send } = useDashboard();
  const readOnly = useReadOnly();
  const notes = useLiveQuery(() => notesOf(db, contactId), [db, contactId]);
  const drafts = useLiveQuery(() => db.drafts.where('contactId').equals(contactId).toArray(), [db, contactId]);
  const [text, setText] = useState('');
  // Every change goes to the background; what it could not save is said here, and the text typed stays.
  const { error, run } = useAction();

  return (
    <>
      <section aria-labelledby="notes-heading">
        <h3 id="notes-heading">{t('contactNotes.heading')}</h3>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            void run(async () => {
              const note = await send('notes.add', { contactId, text: text.trim() });
              setText('');
              onChange({ message: t('contactNotes.added'), undo: () => send('notes.delete', { id: note.id! }) });
            });
          }}
        >
          <fieldset disabled={readOnly}>
            <label>
              {t('contactNotes.newNote')}
              <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
            </label>
            <button type="submit" disabled={!text.trim()}>
              {t('contactNotes.submitNote')}
            </button>
          </fieldset>
        </form>
        {notes?.length ? (
          <ul className="notes">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="muted">{formatDate(n.at)}</span>
                <p className="event-text">{readable(n.text)}</p>
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() =>
                    void run(async () => {
                      await send('notes.delete', { id: n.id! });
                      onChange({ message: t('contactNotes.removed'), undo: () => send('notes.add', { contactId, text: n.text, at: n.at }) });
                    })
                  }
                >
                  {t('contactNotes.removeNote')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('contactNotes.noNotes')}</p>
        )}
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section aria-labelledby="drafts-heading">
        <h3 id="drafts-heading">{t('contactNotes.drafts')}</h3>
        {drafts?.length ? (
          <ul className="notes">
            {drafts.map((d) => (
              <li key={d.id}>
                <span className="muted">
                  {t(d.kind === 'write' ? 'contactNotes.writingRecommendation' : 'contactNotes.writingRequest')} ·{' '}
                  {t('contactNotes.savedOn', { date: formatDate(d.updatedAt) })}
                </span>
                <p className="event-text">{readable(d.text)}</p>
                <CopyButton text={d.text} />
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() =>
                    void run(async () => {
                      await send('draft.clear', { contactId, kind: d.kind });
                      onChange({
                        message: t('contactNotes.draftRemoved'),
                        undo: () => send('draft.save', { contactId, kind: d.kind, text: d.text, at: d.updatedAt }),
                      });
                    })
                  }
                >
                  {t('contactNotes.removeDraft')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('contactNotes.noDrafts')}</p>
        )}
      </section>
    </>
  );
}
