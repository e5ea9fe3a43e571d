import { useEffect, useState } from 'react';
import { updateSettings, type Settings } from '@/storage/settings';
import { profileIdFromHref } from '@/storage/linkedin-urls';
import { parseReminderDays } from './contact-edit';
import { useDashboard, useReadOnly } from './context';
import { TemplateEditor } from './TemplateEditor';
import { useSettings } from '@/components/shared/use-settings';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Same as my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsView() {
  const settings = useSettings();
  const readOnly = useReadOnly();
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDays(String(settings.reminderAfterDays)), [settings.reminderAfterDays]);

  const saveDays = () => {
    const parsed = parseReminderDays(days);
    if (!parsed.ok || parsed.days === null) return setError(parsed.ok ? 'Enter a number of days.' : parsed.reason);
    setError(null);
    if (parsed.days !== settings.reminderAfterDays) void updateSettings({ reminderAfterDays: parsed.days });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <fieldset>
        <legend>Vouch on LinkedIn</legend>
        <p>{settings.paused ? 'Vouch is paused: it adds nothing to LinkedIn’s pages.' : 'Vouch is on: it helps on profiles and recommendation forms.'}</p>
        <button type="button" className={settings.paused ? 'primary' : undefined} onClick={() => void updateSettings({ paused: !settings.paused })}>
          {settings.paused ? 'Resume Vouch on LinkedIn' : 'Pause Vouch on LinkedIn'}
        </button>
      </fieldset>
      <YourProfile viewer={settings.viewer} />
      <fieldset disabled={readOnly}>
        <legend>Follow-ups</legend>
        <label>
          Suggest a reminder after (days)
          <input
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            onBlur={saveDays}
            onKeyDown={(e) => e.key === 'Enter' && saveDays()}
            aria-invalid={error ? true : undefined}
          />
        </label>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="check">
            <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => void updateSettings({ theme: t.value })} />
            {t.label}
          </label>
        ))}
      </fieldset>
      <TemplateEditor />
      <DeleteEverything disabled={readOnly} />
    </section>
  );
}

/**
 * Who the user is on LinkedIn: Vouch reads it from the page's "Me" menu when it can, and this
 * setting wins when the menu is not on the page (the card then cannot find the user in lists).
 */
function YourProfile({ viewer }: { viewer: Settings['viewer'] }) {
  const [name, setName] = useState(viewer?.name ?? '');
  const [url, setUrl] = useState(viewer ? `https://www.linkedin.com/in/${viewer.id}/` : '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setName(viewer?.name ?? '');
    setUrl(viewer ? `https://www.linkedin.com/in/${viewer.id}/` : '');
  }, [viewer]);
  const save = () => {
    if (!url.trim() && !name.trim()) {
      void updateSettings({ viewer: null });
      return setMessage({ ok: true, text: 'Vouch will read who you are from LinkedIn’s menu.' });
    }
    const id = profileIdFromHref(url.trim().replace(/^(?:https?:\/\/)?(?:www\.)?linkedin\.com/i, ''));
    if (!id || !name.trim()) return setMessage({ ok: false, text: 'Enter your name and your profile address, like https://www.linkedin.com/in/your-name/.' });
    void updateSettings({ viewer: { id, name: name.trim() } });
    setMessage({ ok: true, text: 'Saved.' });
  };
  return (
    <fieldset>
      <legend>Your LinkedIn profile</legend>
      <label>
        Your name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" />
      </label>
      <label>
        Your profile address
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://www.linkedin.com/in/your-name/" maxLength={300} />
      </label>
      <button type="button" onClick={save}>
        Save profile
      </button>
      {message && (
        <p className={message.ok ? 'muted' : 'notice error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}

function DeleteEverything({ disabled }: { disabled: boolean }) {
  const { send } = useDashboard();
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="delete-heading">
      <h3 id="delete-heading">Delete all data</h3>
      <p className="muted">Erases every contact, event, note, draft, template and setting Vouch keeps. Download a backup first if you may want it back.</p>
      {step === 'confirm' ? (
        <div className="notice warn" role="alertdialog" aria-label="Confirm deletion">
          <p>Delete everything Vouch holds? This cannot be undone.</p>
          <button
            type="button"
            className="danger"
            disabled={disabled}
            onClick={async () => {
              try {
                await send('data.deleteAll', {});
                setStep('done');
              } catch (e) {
                setError(e instanceof Error ? e.message : String(e));
              }
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="danger" disabled={disabled} onClick={() => setStep('confirm')}>
          Delete all data…
        </button>
      )}
      {step === 'done' && <p role="status">All Vouch data was deleted.</p>}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
