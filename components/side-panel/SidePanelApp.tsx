import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useStore } from 'zustand';
import type { Call } from '@/components/shared/client';
import type { FormInfo, Viewer } from '@/components/shared/panel-api';
import { forDisplay } from '@/components/shared/display';
import { useSettings } from '@/components/shared/use-settings';
import { themeCss } from '@/components/shared/ui/theme';
import { FeatureBoundary } from '@/components/shared/ui/FeatureBoundary';
import { ProfileCard, profileCardCss } from '@/components/profile-card';
import { LedgerGlance } from '@/components/profile-card/OwnProfileSummary';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { coachCss } from '@/components/coach/styles';
import { RequestComposer } from '@/components/request/RequestComposer';
import { requestComposerCss } from '@/components/request/styles';
import { updateSettings } from '@/storage/settings';
import { t } from '@/components/i18n/t';
import { useLanguage } from '@/components/i18n/use-language';
import type { RemoteBox, Reach } from './remote-box';
import type { TabPage } from './tab-page';
import type { TabFollower } from './tab-store';
import { sidePanelCss } from './styles';

export interface SidePanelProps {
  tabs: TabFollower;
  call: Call;
  /** A remote handle on the box of the form shown in `tabId`, read from `frameId`. */
  connectBox(tabId: number, frameId: number): RemoteBox;
  openDashboard(): void;
  /** Opens a LinkedIn address in the tab the panel follows (a link clicked in the panel). */
  openInTab(tabId: number, url: string): void;
}

type FormPage = Extract<TabPage, { kind: 'form' }>;
/** One form: its kind and person, in one document (reloaded, it is opened afresh: the draft is offered again). */
const formKey = (p: FormPage) => `${p.doc ?? ''}:${p.form.kind}:${p.form.contact.id}`;

function titleOf(page: TabPage | null): { title: string; subtitle?: string } {
  if (page?.kind === 'form') {
    const name = forDisplay(page.form.contact.name || page.form.contact.id);
    return page.form.kind === 'request'
      ? { title: t('panel.askTitle'), subtitle: t('panel.askFrom', { name }) }
      : { title: t('panel.writeTitle'), subtitle: t('panel.writeFor', { name }) };
  }
  if (page?.kind === 'profile') {
    return { title: page.profile.isOwnProfile ? t('panel.yourRecommendations') : t('panel.whereYouStand'), subtitle: forDisplay(page.profile.contact.name) };
  }
  return { title: t('panel.yourRecommendations') };
}

function useReach(box: RemoteBox | null): Reach {
  const [reach, setReach] = useState<Reach>(box?.reach ?? 'reached');
  useEffect(() => {
    if (!box) return;
    setReach(box.reach);
    return box.onReach(setReach);
  }, [box]);
  return reach;
}

/**
 * The form's panel, with its own remote handle on LinkedIn's box. It stays while the user looks
 * at it after LinkedIn's form closed, with what they wrote (`closed`), and fills nothing then.
 */
function FormPanel({ page, tabId, frameId, at, closed, viewer, props }: { page: FormPage; tabId: number; frameId: number; at: number; closed: boolean; viewer: Viewer | null; props: SidePanelProps }) {
  const key = formKey(page);
  const box = useMemo(() => props.connectBox(tabId, frameId), [props, tabId, frameId, key]);
  useEffect(() => () => box.close(), [box]);
  // A new report from the tab (the form's next step, or its page again): reach it again if it went away.
  useEffect(() => box.reconnect(), [box, at]);
  const reach = useReach(box);
  const form: FormInfo = closed ? { ...page.form, hasTextBox: false } : page.form;
  const panelProps = { form, box, call: props.call, viewer };
  return (
    <>
      {closed ? (
        <p className="notice warn" role="status">
          {t('panel.formClosed')}
        </p>
      ) : reach === 'unreachable' ? (
        <p className="notice warn" role="status">
          {t('errors.unreachable')}
        </p>
      ) : null}
      {form.kind === 'write' ? <CoachPanel {...panelProps} /> : <RequestComposer {...panelProps} />}
    </>
  );
}

/** Vouch beside LinkedIn: the panel for what the followed tab shows, or a glance at the ledger. */
export function SidePanelApp(props: SidePanelProps) {
  const { tabId, state, sight } = useStore(props.tabs.store);
  const settings = useSettings();
  useLanguage(settings.loaded ? settings.language : null);
  const page = state?.page ?? null;

  // The last form shown in this tab: kept on screen when LinkedIn's form closes under the user.
  const lastForm = useRef<{ tabId: number; page: FormPage; frameId: number; at: number } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (tabId !== null && state && page?.kind === 'form') lastForm.current = { tabId, page, frameId: state.frameId, at: state.at };
  if (lastForm.current && lastForm.current.tabId !== tabId) lastForm.current = null;
  const closedForm = page?.kind !== 'form' && lastForm.current && dismissed !== formKey(lastForm.current.page) ? lastForm.current : null;

  const viewer = settings.viewer ?? (page?.kind === 'form' ? page.viewer : page?.kind === 'profile' ? page.profile.viewer : null);
  const { title, subtitle } = titleOf(closedForm ? closedForm.page : page);

  // Links in the panel lead the followed tab, not the panel, to LinkedIn.
  const onClick = (e: MouseEvent) => {
    const link = e.target instanceof Element ? e.target.closest('a[href^="https://www.linkedin.com/"]') : null;
    if (!link || tabId === null) return;
    e.preventDefault();
    props.openInTab(tabId, (link as HTMLAnchorElement).href);
  };

  let body;
  if (!settings.loaded || sight === 'checking') body = <p className="muted">{t('panel.looking')}</p>;
  else if (settings.paused) {
    body = (
      <p className="notice info" role="status">
        {t('panel.paused')}{' '}
        <button type="button" onClick={() => void updateSettings({ paused: false })}>
          {t('panel.resume')}
        </button>
      </p>
    );
  } else if (closedForm && tabId !== null) {
    body = (
      <>
        <FormPanel page={closedForm.page} tabId={tabId} frameId={closedForm.frameId} at={closedForm.at} closed viewer={viewer} props={props} />
        <button type="button" onClick={() => setDismissed(formKey(closedForm.page))}>
          {t('panel.doneWithForm')}
        </button>
      </>
    );
  } else if (page?.kind === 'form' && tabId !== null && state) {
    body = <FormPanel key={formKey(page)} page={page} tabId={tabId} frameId={state.frameId} at={state.at} closed={false} viewer={viewer} props={props} />;
  } else if (page?.kind === 'profile') {
    body = <ProfileCard profile={page.profile} viewer={viewer} call={props.call} reminderAfterDays={settings.reminderAfterDays} />;
  } else {
    body = (
      <>
        {sight === 'stale' ? (
          <p className="notice warn" role="status">
            {t('panel.stale')}
          </p>
        ) : null}
        <p className="muted">{t('panel.idle')}</p>
        <LedgerGlance call={props.call} reminderAfterDays={settings.reminderAfterDays} refresh={String(state?.at ?? '')} />
      </>
    );
  }

  return (
    <div className="vouch-theme vouch-side" data-theme={settings.theme === 'system' ? undefined : settings.theme} onClick={onClick}>
      <style>{[themeCss, sidePanelCss, profileCardCss, coachCss, requestComposerCss].join('\n')}</style>
      <section className="vouch-panel" aria-label={t('panel.label', { title })}>
        <header className="vouch-panel-header">
          <div>
            <strong className="vouch-brand">Vouch</strong> <span className="vouch-title">{title}</span>
            {subtitle ? <div className="muted vouch-subtitle">{subtitle}</div> : null}
          </div>
          <div className="vouch-panel-actions">
            <button type="button" onClick={props.openDashboard}>
              {t('panel.dashboard')}
            </button>
            {settings.loaded && !settings.paused ? (
              <button type="button" onClick={() => void updateSettings({ paused: true })} title={t('panel.pauseHint')}>
                {t('panel.pause')}
              </button>
            ) : null}
          </div>
        </header>
        <FeatureBoundary key={`${tabId}:${page?.kind}`} onError={(e) => void props.call('log.report', { source: 'sidepanel', message: String(e).slice(0, 2000) }).catch(() => {})}>
          <div className="vouch-panel-body">{body}</div>
        </FeatureBoundary>
      </section>
    </div>
  );
}
