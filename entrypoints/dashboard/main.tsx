import { createRoot } from 'react-dom/client';
import { loadLedgerPreview, previewFromRows } from '@/components/dashboard/ledger-data';
import { takeFirstScreen, type FirstScreenRows } from '@/storage/first-screen';
import { LATEST_VERSION } from '@/storage/db';
import { preloadSettings } from '@/components/shared/use-settings';
import { createPageOutbox } from '@/components/shared/delivery';
import { openCurrentVouchDb, openVouchDb } from '@/storage/open';
import { isProgress, type Progress } from '@/storage/protocol/progress';
import { browser } from 'wxt/browser';
import { markOnce } from '@/components/dashboard/perf';
import { rereadEverything } from '@/components/dashboard/reread';
import { setLanguage, t } from '@/components/i18n/t';

// Wiring only. The page reads the database itself; every write is a message to the background,
// which owns the data, through an outbox that sends it again if the worker stopped mid-save.
// The database opens and the preferences load while the dashboard's views are still being fetched
// and compiled: they are independent, so the first screen waits for the slowest.
// A write that had to be sent again may have committed without word reaching this page: read again.
const outbox = createPageOutbox({ onRedelivered: rereadEverything });
/** The background's reports on a long write (an import), which it posts to every Vouch page. */
const onProgress = (listener: (p: Progress) => void) => {
  const heard = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isProgress(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(heard);
  return () => browser.runtime.onMessage.removeListener(heard);
};
/** The first script's read, or null when it has not answered within `ms`: it never holds the page up. */
function settledWithin(read: Promise<FirstScreenRows | null>, ms: number): Promise<FirstScreenRows | null> {
  return Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}
// Each step marks when it is done, for the benchmark's account of the first screen.
const marked = <T,>(name: string, p: Promise<T>): Promise<T> => p.then((v) => (markOnce(name), v));
markOnce('vouch:dashboard-start');
// One read of the preferences: the views start with them, and the first screen's standings use them.
const preferences = preloadSettings();
// A chosen language's messages load with them, before the first render.
const settings = marked('vouch:settings', preferences.then((s) => setLanguage(s.language)).catch(() => {}));
const app = marked('vouch:views-loaded', import('@/components/dashboard/DashboardApp'));
// The page's first script (dashboard-first-screen.ts) has usually read the ledger's first screen
// before this code arrived, and so found the database at this version: it is then used at once,
// while Dexie opens it. Otherwise (no database yet, another version, an error, or the script is
// late) the database is opened with its version checked, and the first screen read through Dexie.
const early = takeFirstScreen();
const earlyRows = early ? settledWithin(early, 300) : Promise.resolve(null);
const current = (rows: FirstScreenRows | null): rows is FirstScreenRows => rows?.version === LATEST_VERSION;
const database = earlyRows.then((rows) =>
  current(rows) ? openCurrentVouchDb() : openVouchDb().then((opened) => ({ ...opened, ready: Promise.resolve() })),
);
const opened = marked('vouch:db-open', database.then((d) => d.ready));
const ledgerPreview = marked(
  'vouch:preview-read',
  Promise.all([database, earlyRows, preferences]).then(async ([{ db, ready }, rows, s]) => {
    const defaults = { reminderAfterDays: s.reminderAfterDays };
    if (current(rows)) {
      markOnce('vouch:preview-early');
      return previewFromRows(rows, new Date(), defaults);
    }
    await ready;
    return loadLedgerPreview(db, new Date(), defaults);
  }),
);
const container = document.getElementById('root')!;
const root = createRoot(container);
let shownFailure = false;
const failed = (e: unknown) => {
  if (shownFailure) return;
  shownFailure = true;
  root.unmount();
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = t('dashboard.couldNotOpen', { error: e instanceof Error ? e.message : String(e) });
  container.replaceChildren(p);
};

// The first render waits for the first screen's rows too, so that the ledger draws them at once
// rather than mounting empty and drawing again when they arrive; not for the open to finish.
Promise.all([database, app, settings, ledgerPreview.catch(() => null)]).then(
  ([{ db, readOnlyReason }, { DashboardApp }, , preview]) =>
    root.render(
      <DashboardApp db={db} send={outbox.call} onProgress={onProgress} readOnlyReason={readOnlyReason} ledgerPreview={preview ?? ledgerPreview} />,
    ),
  failed,
);
opened.catch(failed);
