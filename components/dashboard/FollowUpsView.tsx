import { readable } from '@/components/shared/display';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { renderTemplate } from '@/components/request/templates';
import { dueFollowUps } from '@/storage/repositories/followups';
import type { ContactStanding } from '@/storage/repositories/status';
import { listTemplates } from '@/storage/repositories/templates';
import { userEvent } from './contact-edit';
import { useDashboard, useReadOnly } from './context';
import { useAction } from './use-action';
import { CopyButton } from './CopyButton';
import { followUpGroup, followUpTiming, followUpVars, groupFollowUps } from './follow-up-plan';
import { useNav } from './store';
import { UndoBar, type Undoable } from './UndoBar';
import { useSettings } from '@/components/shared/use-settings';
import { daysAgo, shorten, STATUS_LABELS } from './words';
import { formatDate } from '@/components/i18n/t';

const SNOOZE_DAYS = 7;
const DAY_MS = 86_400_000;

/** Reminders the etiquette rules say are due, one gentle message each, ready to copy. */
export function FollowUpsView() {
  const { db, send, now } = useDashboard();
  const { reminderAfterDays, viewer, loaded } = useSettings();
  const rows = useLiveQuery(() => (loaded ? dueFollowUps(db, now(), { reminderAfterDays }) : undefined), [db, reminderAfterDays, loaded]);
  const snoozed = useLiveQuery(() => db.contacts.filter((c) => !!c.snoozedUntil && c.snoozedUntil > now()).toArray(), [db]);
  const [last, setLast] = useState<Undoable | null>(null);
  const { error: wakeError, run: runWake } = useAction();
  const readOnly = useReadOnly();
  const groups = rows ? groupFollowUps(rows, reminderAfterDays) : null;
  const wake = (id: string) => runWake(() => send('contact.settings', { id, snoozedUntil: null }));

  return (
    <section aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Follow-ups</h2>
      <p className="muted">
        One gentle reminder, only to people for whom it is welcome, and only after {reminderAfterDays} days (or the delay you set for
        them). Copy the message and send it yourself.
      </p>
      <UndoBar last={last} onDone={() => setLast(null)} disabled={readOnly} />
      {!groups ? (
        <p className="muted">Loading…</p>
      ) : rows!.length === 0 ? (
        <p className="empty">Nothing to follow up today.</p>
      ) : (
        <>
          <FollowUpList title="Due today" rows={groups.dueToday} viewerName={viewer?.name ?? null} onChange={setLast} />
          <FollowUpList title="Overdue" rows={groups.overdue} viewerName={viewer?.name ?? null} onChange={setLast} />
        </>
      )}
      {snoozed && snoozed.length > 0 && (
        <section aria-labelledby="snoozed-heading">
          <h3 id="snoozed-heading">Snoozed</h3>
          <ul className="cards">
            {snoozed.map((c) => (
              <li key={c.id} className="card">
                <span title={c.name}>{shorten(c.name, 60)}</span>{' '}
                <span className="muted">until {formatDate(c.snoozedUntil!)}</span>{' '}
                <button
                  type="button"
                  disabled={readOnly}
                  onClick={() => void wake(c.id)}
                >
                  Wake {shorten(c.name, 30)}
                </button>
              </li>
            ))}
          </ul>
          {wakeError && (
            <p className="notice error" role="alert">
              {wakeError}
            </p>
          )}
        </section>
      )}
    </section>
  );
}

function FollowUpList(props: { title: string; rows: ContactStanding[]; viewerName: string | null; onChange: (u: Undoable) => void }) {
  if (props.rows.length === 0) return null;
  return (
    <section aria-label={props.title}>
      <h3>
        {props.title} ({props.rows.length})
      </h3>
      <ul className="cards">
        {props.rows.map((r) => (
          <FollowUpCard key={r.contactId} row={r} viewerName={props.viewerName} onChange={props.onChange} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpCard({ row, viewerName, onChange }: { row: ContactStanding; viewerName: string | null; onChange: (u: Undoable) => void }) {
  const { db, send, now } = useDashboard();
  // Said on the card when the background could not save it (read-only data, a full disk).
  const { error, run } = useAction();
  const readOnly = useReadOnly();
  const { reminderAfterDays } = useSettings();
  const openContact = useNav((s) => s.openContact);
  const group = followUpGroup(row.contact);
  const templates = useLiveQuery(() => listTemplates(db, { group, kind: 'follow-up' }), [db, group]);
  const [choice, setChoice] = useState(0);
  const template = templates?.[Math.min(choice, templates.length - 1)];
  const message = template ? renderTemplate(template.body, followUpVars(row.contact, viewerName)) : '';
  const name = row.contact?.name ?? row.contactId;
  const after = row.contact?.reminderAfterDays ?? reminderAfterDays;
  const { timing, late } = followUpTiming(row.days ?? after, after);

  const snooze = () =>
    run(async () => {
      const previous = row.contact?.snoozedUntil ?? null;
      await send('contact.settings', { id: row.contactId, snoozedUntil: new Date(now().getTime() + SNOOZE_DAYS * DAY_MS) });
      onChange({
        message: `${shorten(name, 40)} snoozed for ${SNOOZE_DAYS} days.`,
        undo: () => send('contact.settings', { id: row.contactId, snoozedUntil: previous }),
      });
    });
  const markDone = () =>
    run(async () => {
      const e = userEvent(row.contactId, 'reminder-sent', now(), '', crypto.randomUUID());
      await send('events.append', { events: [e] });
      onChange({ message: `Reminder to ${shorten(name, 40)} recorded.`, undo: () => send('events.delete', { key: e.key }) });
    });

  return (
    <li className="card" aria-label={name}>
      <div>
        <button type="button" className="link" onClick={() => openContact(row.contactId)} title={name}>
          {shorten(name, 60)}
        </button>{' '}
        <span className="muted">
          {STATUS_LABELS[row.status]} {daysAgo(row.days)}
          {timing === 'overdue' ? ` · overdue by ${late} day${late === 1 ? '' : 's'}` : ' · due today'}
        </span>
      </div>
      {templates && templates.length > 1 && (
        <label>
          Message
          <select value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
            {templates.map((t, i) => (
              <option key={t.id} value={i}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* The message and its Copy button appear once the templates are read (the built-ins are always
          among them), never as an empty box to copy. */}
      {template ? (
        <p className="message" aria-label={`Message for ${shorten(name, 60)}`}>
          {readable(message)}
        </p>
      ) : (
        <p className="muted">Preparing the message…</p>
      )}
      <div className="row-actions">
        {template && <CopyButton text={readable(message)} label="Copy message" />}
        <button type="button" disabled={readOnly} onClick={() => void markDone()}>
          I sent it
        </button>
        <button type="button" disabled={readOnly} onClick={() => void snooze()}>
          Snooze {SNOOZE_DAYS} days
        </button>
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
