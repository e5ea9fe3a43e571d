import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { forDisplay } from '@/components/shared/display';
import { MAX_TEXT } from '@/storage/limits';
import type { VouchEvent } from '@/storage/types';
import { eventLabel, fromIsoDay, isoDay } from './words';
import { formatDate, t, tn } from '@/components/i18n/t';

const TEXT_PREVIEW = 160;

function shortDate(d: Date): string {
  return formatDate(d, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** What changed in an event the user entered: a new date, new text (`null` removes it), or both. */
export interface EventChange {
  at?: Date;
  text?: string | null;
}

interface Props {
  events: VouchEvent[];
  notes: number;
  onRemove(event: VouchEvent): void;
  /** Saves a change to an event the user entered; resolves true once saved (the card offers undo). */
  onEdit?(event: VouchEvent, change: EventChange): Promise<boolean>;
}

/**
 * The last few facts, newest first; each can be removed, and what the user entered can be
 * corrected (its date and its words), each undoable from the card. Facts read from LinkedIn or an
 * import are what those sources said: they can be removed, not rewritten.
 */
export function History({ events, notes, onRemove, onEdit }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);

  // Back to the event's Edit button once its editor closes, so that the keyboard does not lose its place.
  useEffect(() => {
    if (editing !== null || !refocus.current) return;
    editButtons.current.get(refocus.current)?.focus();
    refocus.current = null;
  }, [editing, events]);

  const close = (key: string) => {
    refocus.current = key;
    setEditing(null);
  };

  return (
    <div className="vouch-history">
      <h3>{t('history.heading')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ul>
          {events.map((e) => {
            const label = eventLabel(e.type, e.source);
            const when = shortDate(e.at);
            // Whole graphemes, and no character that could disguise the text.
            const text = e.text ? forDisplay(e.text, TEXT_PREVIEW) : e.text;
            if (editing === e.key && onEdit) {
              return (
                <li key={e.key}>
                  <EventEditor
                    event={e}
                    label={label}
                    onCancel={() => close(e.key)}
                    onSave={async (change) => {
                      if (await onEdit(e, change)) close(e.key);
                    }}
                  />
                </li>
              );
            }
            return (
              <li key={e.key}>
                <span className="vouch-history-what">{label}</span>{' '}
                <time className="muted" dateTime={e.at.toISOString()}>
                  {when}
                </time>
                {text ? <p className="vouch-history-text muted">{text}</p> : null}
                {onEdit && e.source === 'user' ? (
                  <button
                    type="button"
                    className="vouch-link-button"
                    aria-label={t('history.editLabel', { label, when })}
                    ref={(el) => {
                      if (el) editButtons.current.set(e.key, el);
                      else editButtons.current.delete(e.key);
                    }}
                    onClick={() => setEditing(e.key)}
                  >
                    {t('timeline.edit')}
                  </button>
                ) : null}
                <button type="button" className="vouch-link-button" aria-label={t('history.removeLabel', { label, when })} onClick={() => onRemove(e)}>
                  {t('timeline.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {notes > 0 ? <p className="muted">{tn('history.notes', notes)}</p> : null}
    </div>
  );
}

interface EditorProps {
  event: VouchEvent;
  label: string;
  onSave(change: EventChange): Promise<void>;
  onCancel(): void;
}

/** The date and the words of one event; Escape or Cancel leaves it as it was. */
function EventEditor({ event, label, onSave, onCancel }: EditorProps) {
  const ids = useId();
  const [day, setDay] = useState(isoDay(event.at));
  const [text, setText] = useState(event.text ?? '');
  const [saving, setSaving] = useState(false);
  const dateInput = useRef<HTMLInputElement>(null);
  const at = fromIsoDay(day);

  useEffect(() => dateInput.current?.focus(), []);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!at || saving) return;
    const change: EventChange = {};
    // The same day keeps the time it had: only what the user changed is sent.
    if (day !== isoDay(event.at)) change.at = at;
    const words = text.trim();
    if (words !== (event.text ?? '')) change.text = words || null;
    if (change.at === undefined && change.text === undefined) return onCancel();
    setSaving(true);
    try {
      await onSave(change);
    } finally {
      setSaving(false);
    }
  };

  const escape = (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    ev.stopPropagation();
    onCancel();
  };

  return (
    <form className="vouch-note vouch-event-edit" aria-label={t('history.editEvent', { label })} onSubmit={submit} onKeyDown={escape}>
      <label htmlFor={`${ids}-day`}>{t('timeline.when')}</label>
      <input
        id={`${ids}-day`}
        ref={dateInput}
        type="date"
        required
        value={day}
        aria-invalid={at ? undefined : true}
        onChange={(e) => setDay(e.target.value)}
      />
      <label htmlFor={`${ids}-text`}>{t('timeline.details')}</label>
      <textarea id={`${ids}-text`} rows={3} maxLength={MAX_TEXT} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="vouch-actions">
        <button type="submit" className="primary" disabled={!at || saving}>
          {t('timeline.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('settings.cancel')}
        </button>
      </div>
    </form>
  );
}
