import { lazy, Suspense, useLayoutEffect, useMemo, type ComponentType } from 'react';
import type { Call } from '@/components/shared/client';
import type { VouchDb } from '@/storage/db';
import { themeCss } from '@/components/shared/ui/theme';
import { ContactView } from './ContactView';
import type { ContactStanding } from '@/storage/repositories/status';
import { DashboardProvider, type DashboardData } from './context';
import { LedgerView } from './LedgerView';
import { useNav } from './store';
import { dashboardCss } from './styles';
import { useSettings } from '@/components/shared/use-settings';
import { speaker, t } from '@/components/i18n/t';
import { say } from '@/components/i18n/said';
import type { Said } from '@/storage/said';
import { useLanguage } from '@/components/i18n/use-language';
import { VIEWS, type ViewId } from './views';

export { VIEWS, type ViewId } from './views';

// Only the ledger is in the first bundle: the other views (and the ZIP, CSV and validation
// libraries they bring) load when first opened, so the page parses less before its first render.
const FollowUpsView = lazy(() => import('./FollowUpsView').then((m) => ({ default: m.FollowUpsView })));
const BalanceView = lazy(() => import('./BalanceView').then((m) => ({ default: m.BalanceView })));
const PlannerView = lazy(() => import('./PlannerView').then((m) => ({ default: m.PlannerView })));
const ImportView = lazy(() => import('./ImportView').then((m) => ({ default: m.ImportView })));
const BackupView = lazy(() => import('./BackupView').then((m) => ({ default: m.BackupView })));
const SettingsView = lazy(() => import('./SettingsView').then((m) => ({ default: m.SettingsView })));

const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  ledger: LedgerView,
  'follow-ups': FollowUpsView,
  balance: BalanceView,
  planner: PlannerView,
  import: ImportView,
  backup: BackupView,
  settings: SettingsView,
};

export interface DashboardAppProps {
  db: VouchDb;
  send: Call;
  onProgress?: DashboardData['onProgress'];
  readOnlyReason?: Said | null;
  now?: () => Date;
  /** See `DashboardData.ledgerPreview`. */
  ledgerPreview?: DashboardData['ledgerPreview'];
}

export function DashboardApp({ db, send, onProgress, readOnlyReason = null, now, ledgerPreview }: DashboardAppProps) {
  const value = useMemo(
    () => ({
      db,
      send,
      readOnlyReason,
      now: now ?? (() => new Date()),
      ...(onProgress ? { onProgress } : {}),
      ...(ledgerPreview ? { ledgerPreview } : {}),
    }),
    [db, send, onProgress, readOnlyReason, now, ledgerPreview],
  );
  const { view, contactId, show } = useNav();
  const { theme, language, loaded } = useSettings();
  useLanguage(loaded ? language : null);
  const View = VIEW_COMPONENTS[view];

  // The page itself (scrollbars, overscroll) follows the chosen theme, not only the app's box, in
  // the same paint as the app (a layout effect: no frame with the old scheme).
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = theme === 'system' ? 'light dark' : theme;
  }, [theme]);

  return (
    <DashboardProvider value={value}>
      <div className="vouch-theme dashboard" data-theme={theme === 'system' ? undefined : theme}>
        <style>{themeCss + dashboardCss}</style>
        <header className="dashboard-header">
          <h1>Vouch</h1>
          <p className="muted">{t('dashboard.tagline')}</p>
        </header>
        {readOnlyReason && (
          <p className="notice warn" role="alert">
            {say(readOnlyReason, speaker)}
          </p>
        )}
        <nav aria-label={t('dashboard.navLabel')} className="dashboard-nav">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-current={view === v.id ? 'page' : undefined}
              className={view === v.id ? 'primary' : undefined}
              onClick={() => show(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <main className="dashboard-main">
          <Suspense fallback={<p className="muted">{t('dashboard.loading')}</p>}>
            {contactId ? <ContactView key={contactId} contactId={contactId} /> : <View />}
          </Suspense>
        </main>
      </div>
    </DashboardProvider>
  );
}
