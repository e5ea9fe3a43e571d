import { useId, useState, type FormEvent } from 'react';
import type { NextStep } from '@/storage/reciprocity';
import { RELATIONSHIPS, type EventType, type Relationship } from '@/storage/types';
import { QUICK_EVENTS, stepEvents } from './actions';
import { RELATIONSHIP_NAMES } from '@/components/shared/step-words';
import { t } from '@/components/i18n/t';

interface Props {
  firstName: string;
  nextStep: NextStep | null;
  relationship: Relationship | null;
  doNotNudge: boolean;
  onEvent(type: EventType, label: string): void;
  onNote(text: string): Promise<boolean>;
  onRelationship(next: Relationship | null): void;
  onDoNotNudge(next: boolean): void;
}

/** One click records what happened; nothing here touches LinkedIn. */
export function QuickActions({ firstName, nextStep, relationship, doNotNudge, onEvent, onNote, onRelationship, onDoNotNudge }: Props) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const ids = useId();

  const saveNote = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return;
    if (await onNote(note.trim())) {
      setNote('');
      setNoteOpen(false);
    }
  };

  return (
    <div className="vouch-quick">
      <div className="vouch-actions" role="group" aria-label={t('card.recordLabel', { name: firstName })}>
        {[...stepEvents(nextStep), ...QUICK_EVENTS].map((q) => (
          <button key={q.type} type="button" onClick={() => onEvent(q.type, q.label)}>
            {q.label}
          </button>
        ))}
        <button type="button" aria-expanded={noteOpen} aria-controls={`${ids}-note`} onClick={() => setNoteOpen((o) => !o)}>
          {t('card.addNote')}
        </button>
      </div>
      {noteOpen ? (
        <form id={`${ids}-note`} className="vouch-note" onSubmit={saveNote}>
          <label htmlFor={`${ids}-note-text`}>{t('card.noteAbout', { name: firstName })}</label>
          <textarea id={`${ids}-note-text`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="vouch-actions">
            <button type="submit" className="primary" disabled={!note.trim()}>
              {t('card.saveNote')}
            </button>
            <button type="button" onClick={() => setNoteOpen(false)}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <div className="vouch-settings">
        <label htmlFor={`${ids}-rel`}>{t('card.howYouKnow', { name: firstName })}</label>
        <select
          id={`${ids}-rel`}
          value={relationship ?? ''}
          onChange={(e) => onRelationship((e.target.value || null) as Relationship | null)}
        >
          <option value="">{t('card.notSet')}</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_NAMES[r]}
            </option>
          ))}
        </select>
        <label className="vouch-check">
          <input type="checkbox" checked={doNotNudge} onChange={(e) => onDoNotNudge(e.target.checked)} /> {t('card.neverRemind', { name: firstName })}
        </label>
      </div>
    </div>
  );
}
