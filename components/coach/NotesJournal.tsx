import { useId, useState } from 'react';
import type { Note } from '@/storage/types';
import { formatDate, t } from '@/components/i18n/t';

/** The user's notes on this person, newest first, and a box to jot a new one. */
export function NotesJournal({ notes, onAdd }: { notes: Note[]; onAdd: (text: string) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    try {
      await onAdd(text);
      setDraft('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="coach-notes" aria-label={t('coach.yourNotes')}>
      <h3>{t('coach.yourNotes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('coach.noNotes')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n.id ?? `${n.at.valueOf()}-${n.text}`}>
              <time dateTime={n.at.toISOString()} className="muted">
                {formatDate(n.at)}
              </time>{' '}
              {n.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <label htmlFor={id}>{t('coach.addANote')}</label>
        <textarea id={id} rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" disabled={!draft.trim() || busy}>
          {t('coach.addNote')}
        </button>
      </form>
    </section>
  );
}
