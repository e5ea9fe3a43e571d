import { readable } from '@/components/shared/display';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { historyOf } from '@/storage/repositories/events';
import type { EventType, VouchEvent } from '@/storage/types';
import { canEdit, MANUAL_EVENT_TYPES, userEvent } from './contact-edit';
import { useDashboard, useReadOnly } from './context';
import type { Undoable } from './UndoBar';
import { EVENT_LABELS, fromIsoDay, isoDay, SOURCE_LABELS } from './words';
import { formatDate, t } from '@/components/i18n/t';
import { errorText } from '@/components/shared/explain';

type OnChange = (u: Undoable) => void;

/** The contact's history, newest first, with manual entry, editing and removal (each undoable). */
export function ContactTimeline({ contactId, onChange }: { contactId: string; onChange: OnChange }) {
  const { db, send } = useDashboard();
  const events = useLiveQuery(() => historyOf(db, contactId), [db, contactId]);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const readOnly = useReadOnly();

  const run = async (work: () => Promise<Undoable>) => {
    try {
      onChange(await work());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const remove = (e: VouchEvent) =>
    run(async () => {
      await send('events.delete', { key: e.key });
      return { message: t('timeline.removed', { label: EVENT_LABELS[e.type] }), undo: () => send('events.restore', { key: e.key }) };
    });

  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('timeline.heading')}</h3>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <EventForm
        legend={t('timeline.addLegend')}
        submitLabel={t('request.add')}
        disabled={readOnly}
        onSubmit={(type, at, text) =>
          run(async () => {
            const e = userEvent(contactId, type, at, text, crypto.randomUUID());
            await send('events.append', { events: [e] });
            return { message: t('timeline.added', { label: EVENT_LABELS[type] }), undo: () => send('events.delete', { key: e.key }) };
          })
        }
      />
      {!events ? null : events.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.key}>
              {editing === e.key ? (
                <EventForm
                  legend={t('timeline.changeLegend')}
                  submitLabel={t('timeline.save')}
                  initial={e}
                  disabled={readOnly}
                  onCancel={() => setEditing(null)}
                  onSubmit={(type, at, text) =>
                    run(async () => {
                      const { previous } = await send('events.update', { key: e.key, type, at, text: text.trim() || null });
                      setEditing(null);
                      return {
                        message: t('timeline.changed'),
                        undo: () => send('events.update', { key: e.key, type: previous.type, at: previous.at, text: previous.text ?? null }),
                      };
                    })
                  }
                />
              ) : (
                <>
                  <div>
                    <strong>{EVENT_LABELS[e.type]}</strong>{' '}
                    <span className="muted">
                      {formatDate(e.at)} · {SOURCE_LABELS[e.source]}
                    </span>
                  </div>
                  {e.text && <p className="event-text">{readable(e.text)}</p>}
                  <div className="row-actions">
                    {canEdit(e) && (
                      <button type="button" disabled={readOnly} onClick={() => setEditing(e.key)}>
                        {t('timeline.edit')}
                      </button>
                    )}
                    <button type="button" disabled={readOnly} onClick={() => void remove(e)}>
                      {t('timeline.remove')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EventForm(props: {
  legend: string;
  submitLabel: string;
  initial?: VouchEvent;
  disabled: boolean;
  onSubmit: (type: EventType, at: Date, text: string) => Promise<void> | void;
  onCancel?: () => void;
}) {
  const [type, setType] = useState<EventType>(props.initial?.type ?? 'request-sent');
  const [day, setDay] = useState(isoDay(props.initial?.at ?? new Date()));
  const [text, setText] = useState(props.initial?.text ?? '');
  const at = fromIsoDay(day);
  return (
    <form
      className="event-form"
      onSubmit={async (ev) => {
        ev.preventDefault();
        if (!at) return;
        await props.onSubmit(type, at, text);
        if (!props.initial) setText('');
      }}
    >
      <fieldset disabled={props.disabled}>
        <legend>{props.legend}</legend>
        <label>
          {t('timeline.what')}
          <select value={type} onChange={(e) => setType(e.target.value as EventType)}>
            {MANUAL_EVENT_TYPES.map((k) => (
              <option key={k} value={k}>
                {EVENT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.when')}
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} aria-invalid={at ? undefined : true} required />
        </label>
        <label>
          {t('timeline.details')}
          <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!at}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('settings.cancel')}
          </button>
        )}
      </fieldset>
    </form>
  );
}
