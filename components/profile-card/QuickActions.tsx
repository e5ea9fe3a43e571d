import { useId, useState, type FormEvent } from 'react';
import type { NextStep } from '@/storage/reciprocity';
import { RELATIONSHIPS, type EventType, type Relationship } from '@/storage/types';
import { QUICK_EVENTS, stepEvents } from './actions';
import { RELATIONSHIP_LABELS } from '@/storage/relationships';

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
      <div className="vouch-actions" role="group" aria-label={`Record what happened with ${firstName}`}>
        {[...stepEvents(nextStep), ...QUICK_EVENTS].map((q) => (
          <button key={q.type} type="button" onClick={() => onEvent(q.type, q.label)}>
            {q.label}
          </button>
        ))}
        <button type="button" aria-expanded={noteOpen} aria-controls={`${ids}-note`} onClick={() => setNoteOpen((o) => !o)}>
          Add note
        </button>
      </div>
      {noteOpen ? (
        <form id={`${ids}-note`} className="vouch-note" onSubmit={saveNote}>
          <label htmlFor={`${ids}-note-text`}>Note about {firstName}</label>
          <textarea id={`${ids}-note-text`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="vouch-actions">
            <button type="submit" className="primary" disabled={!note.trim()}>
              Save note
            </button>
            <button type="button" onClick={() => setNoteOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <div className="vouch-settings">
        <label htmlFor={`${ids}-rel`}>How you know {firstName}</label>
        <select
          id={`${ids}-rel`}
          value={relationship ?? ''}
          onChange={(e) => onRelationship((e.target.value || null) as Relationship | null)}
        >
          <option value="">Not set</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_LABELS[r]}
            </option>
          ))}
        </select>
        <label className="vouch-check">
          <input type="checkbox" checked={doNotNudge} onChange={(e) => onDoNotNudge(e.target.checked)} /> Never suggest
          reminding {firstName}
        </label>
      </div>
    </div>
  );
}
