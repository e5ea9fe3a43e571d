import { createRoot } from 'react-dom/client';
import { loadLedgerPreview } from '@/components/dashboard/ledger-data';
import { preloadSettings } from '@/components/dashboard/use-settings';
import { getSettings } from '@/storage/settings';
import { createOutbox } from '@/components/shared/outbox';
import { openVouchDb } from '@/storage/open';
import { isProgress, type Progress } from '@/storage/protocol/progress';
import { browser } from 'wxt/browser';
import { markOnce } from '@/components/dashboard/perf';

// Wiring only. The page reads the database itself; every write is a message to the background,
// which owns the data, through an outbox that sends it again if the worker stopped mid-save.
// The database opens and the preferences load while the dashboard's code is still being fetched
// and compiled: the three are independent, so the first screen waits for the slowest.
const outbox = createOutbox();
/** The background's reports on a long write (an import), which it posts to every Vouch page. */
const onProgress = (listener: (p: Progress) => void) => {
  const heard = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isProgress(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(heard);
  return () => browser.runtime.onMessage.removeListener(heard);
};
// Each step marks when it is done, for the benchmark's account of the first screen.
const marked = <T,>(name: string, p: Promise<T>): Promise<T> => p.then((v) => (markOnce(name), v));
markOnce('vouch:dashboard-start');
const opened = marked('vouch:db-open', openVouchDb());
const settings = marked('vouch:settings', preloadSettings().catch(() => {}));
const app = marked('vouch:views-loaded', import('@/components/dashboard/DashboardApp'));
// The ledger's first screen is read as soon as the database is open, not after the views load.
const ledgerPreview = marked(
  'vouch:preview-read',
  Promise.all([opened, getSettings()]).then(([{ db }, s]) => loadLedgerPreview(db, new Date(), { reminderAfterDays: s.reminderAfterDays })),
);
const root = createRoot(document.getElementById('root')!);

Promise.all([opened, app, settings]).then(
  ([{ db, readOnlyReason }, { DashboardApp }]) =>
    root.render(<DashboardApp db={db} send={outbox.call} onProgress={onProgress} readOnlyReason={readOnlyReason} ledgerPreview={ledgerPreview} />),
  (e: unknown) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Vouch could not open its data: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById('root')!.replaceChildren(p);
  },
);
