import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageInput } from '@/storage/protocol';
import { standingFor } from '@/storage/repositories/status';
import { RELATIONSHIPS, type Contact, type Relationship } from '@/storage/types';
import { ContactNotes } from './ContactNotes';
import { ContactTimeline } from './ContactTimeline';
import { parseReminderDays } from './contact-edit';
import { useDashboard, useReadOnly } from './context';
import { useNav } from './store';
import { UndoBar, type Undoable } from './UndoBar';
import { useSettings } from '@/components/shared/use-settings';
import { RELATIONSHIP_NAMES, stepText } from '@/components/shared/step-words';
import { daysAgo, profileUrl, shorten, STATUS_LABELS } from './words';
import { formatDate, t } from '@/components/i18n/t';
import { errorText } from '@/components/shared/explain';

/** One person: where the user stands with them, their history, notes and drafts, and their settings. */
export function ContactView({ contactId }: { contactId: string }) {
  const { db, now } = useDashboard();
  const { reminderAfterDays } = useSettings();
  const closeContact = useNav((s) => s.closeContact);
  const standing = useLiveQuery(() => standingFor(db, contactId, now(), { reminderAfterDays }), [db, contactId, reminderAfterDays]);
  const [last, setLast] = useState<Undoable | null>(null);
  const readOnly = useReadOnly();
  if (!standing) return <p className="muted">{t('dashboard.loading')}</p>;
  const name = standing.contact?.name ?? contactId;
  const link = profileUrl(contactId);
  return (
    <section aria-labelledby="contact-heading" className="contact">
      <button type="button" onClick={closeContact}>
        {t('contactView.back')}
      </button>
      <h2 id="contact-heading" title={name}>
        {shorten(name, 80)}
      </h2>
      {standing.contact?.headline && <p className="muted">{shorten(standing.contact.headline, 160)}</p>}
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('contactView.openProfile')}
          </a>
        </p>
      )}
      <p className="standing">
        <span className={`status status-${standing.status}`}>{STATUS_LABELS[standing.status]}</span>
        {standing.days !== undefined && <span className="muted"> {t('contactView.since', { when: daysAgo(standing.days) })}</span>}
        {standing.nextStep && <span> · {t('contactView.next', { step: stepText(standing.nextStep) })}</span>}
      </p>
      <UndoBar last={last} onDone={() => setLast(null)} disabled={readOnly} />
      <ContactSettingsForm contactId={contactId} contact={standing.contact} />
      <ContactTimeline contactId={contactId} onChange={setLast} />
      <ContactNotes contactId={contactId} onChange={setLast} />
    </section>
  );
}

type SettingsPatch = Omit<MessageInput<'contact.settings'>, 'id'>;

function ContactSettingsForm({ contactId, contact }: { contactId: string; contact: Contact | null }) {
  const { send, now } = useDashboard();
  const readOnly = useReadOnly();
  const { reminderAfterDays } = useSettings();
  const [days, setDays] = useState(contact?.reminderAfterDays?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDays(contact?.reminderAfterDays?.toString() ?? ''), [contact?.reminderAfterDays]);

  const save = async (patch: SettingsPatch) => {
    try {
      await send('contact.settings', { id: contactId, ...patch });
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const saveDays = () => {
    const parsed = parseReminderDays(days);
    if (!parsed.ok) return setError(parsed.reason);
    if (parsed.days !== (contact?.reminderAfterDays ?? null)) void save({ reminderAfterDays: parsed.days });
    else setError(null);
  };
  const snoozed = contact?.snoozedUntil && contact.snoozedUntil > now() ? contact.snoozedUntil : null;

  return (
    <fieldset className="contact-settings" disabled={readOnly}>
      <legend>{t('contactView.howYouKnow')}</legend>
      <label>
        {t('ledgerView.relationship')}
        <select
          value={contact?.relationship ?? ''}
          onChange={(e) => void save({ relationship: (e.target.value || null) as Relationship | null })}
        >
          <option value="">{t('ledgerView.notSet')}</option>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_NAMES[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('contactView.remindAfter')}
        <input
          inputMode="numeric"
          value={days}
          placeholder={t('contactView.yourDefault', { days: reminderAfterDays })}
          onChange={(e) => setDays(e.target.value)}
          onBlur={saveDays}
          onKeyDown={(e) => e.key === 'Enter' && saveDays()}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={contact?.doNotNudge ?? false} onChange={(e) => void save({ doNotNudge: e.target.checked })} />
        {t('contactView.neverRemind')}
      </label>
      {snoozed && (
        <p>
          {t('contactView.snoozedUntil', { date: formatDate(snoozed) })}{' '}
          <button type="button" onClick={() => void save({ snoozedUntil: null })}>
            {t('contactView.wakeNow')}
          </button>
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
