import { useEffect, useState } from 'react';
import { LANGUAGES, updateSettings, type LanguageChoice, type Settings } from '@/storage/settings';
import { t } from '@/components/i18n/t';
import { languageName } from '@/components/i18n/names';
import { profileIdFromHref } from '@/storage/linkedin-urls';
import { parseReminderDays } from './contact-edit';
import { useDashboard, useReadOnly } from './context';
import { TemplateEditor } from './TemplateEditor';
import { useSettings } from '@/components/shared/use-settings';
import { errorText } from '@/components/shared/explain';

const THEMES = [
  { value: 'system', label: () => t('settings.themeSystem') },
  { value: 'light', label: () => t('settings.themeLight') },
  { value: 'dark', label: () => t('settings.themeDark') },
] as const;

export function SettingsView() {
  const settings = useSettings();
  const readOnly = useReadOnly();
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDays(String(settings.reminderAfterDays)), [settings.reminderAfterDays]);

  const saveDays = () => {
    const parsed = parseReminderDays(days);
    if (!parsed.ok || parsed.days === null) return setError(parsed.ok ? t('settings.enterDays') : parsed.reason);
    setError(null);
    if (parsed.days !== settings.reminderAfterDays) void updateSettings({ reminderAfterDays: parsed.days });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('views.settings')}</h2>
      <fieldset>
        <legend>{t('settings.onLinkedIn')}</legend>
        <p>{settings.paused ? t('settings.isPaused') : t('settings.isOn')}</p>
        <button type="button" className={settings.paused ? 'primary' : undefined} onClick={() => void updateSettings({ paused: !settings.paused })}>
          {settings.paused ? t('settings.resume') : t('settings.pause')}
        </button>
      </fieldset>
      <YourProfile viewer={settings.viewer} />
      <fieldset disabled={readOnly}>
        <legend>{t('settings.followUps')}</legend>
        <label>
          {t('settings.reminderAfter')}
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
        <legend>{t('settings.appearance')}</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="check">
            <input type="radio" name="theme" value={theme.value} checked={settings.theme === theme.value} onChange={() => void updateSettings({ theme: theme.value })} />
            {theme.label()}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <label>
          {t('settings.language')}
          <select value={settings.language} onChange={(e) => void updateSettings({ language: e.target.value as LanguageChoice })}>
            <option value="auto">{t('settings.languageAuto')}</option>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang.replace('_', '-')}>
                {languageName(lang)}
              </option>
            ))}
          </select>
        </label>
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
      return setMessage({ ok: true, text: t('settings.viewerFromMenu') });
    }
    const id = profileIdFromHref(url.trim().replace(/^(?:https?:\/\/)?(?:www\.)?linkedin\.com/i, ''));
    if (!id || !name.trim()) return setMessage({ ok: false, text: t('settings.viewerNeeded') });
    void updateSettings({ viewer: { id, name: name.trim() } });
    setMessage({ ok: true, text: t('settings.saved') });
  };
  return (
    <fieldset>
      <legend>{t('settings.yourProfile')}</legend>
      <label>
        {t('settings.yourName')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" />
      </label>
      <label>
        {t('settings.yourAddress')}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://www.linkedin.com/in/your-name/" maxLength={300} />
      </label>
      <button type="button" onClick={save}>
        {t('settings.saveProfile')}
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
      <h3 id="delete-heading">{t('settings.deleteHeading')}</h3>
      <p className="muted">{t('settings.deleteExplain')}</p>
      {step === 'confirm' ? (
        <div className="notice warn" role="alertdialog" aria-label={t('settings.confirmLabel')}>
          <p>{t('settings.confirmQuestion')}</p>
          <button
            type="button"
            className="danger"
            disabled={disabled}
            onClick={async () => {
              try {
                await send('data.deleteAll', {});
                setStep('done');
              } catch (e) {
                setError(errorText(e));
              }
            }}
          >
            {t('settings.confirmYes')}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            {t('settings.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" disabled={disabled} onClick={() => setStep('confirm')}>
          {t('settings.deleteAll')}
        </button>
      )}
      {step === 'done' && <p role="status">{t('settings.deleted')}</p>}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
