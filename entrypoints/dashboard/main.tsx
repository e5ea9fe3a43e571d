import { createRoot } from 'react-dom/client';
import { preloadSettings } from '@/components/dashboard/use-settings';
import { openVouchDb } from '@/storage/open';

// Wiring only. The database opens and the preferences load while the dashboard's code is still
// being fetched and compiled: the three are independent, so the first screen waits for the slowest.
const opened = openVouchDb();
const settings = preloadSettings().catch(() => {});
const app = import('@/components/dashboard/DashboardApp');
const root = createRoot(document.getElementById('root')!);

Promise.all([opened, app, settings]).then(
  ([{ db, readOnlyReason }, { DashboardApp }]) => root.render(<DashboardApp db={db} readOnlyReason={readOnlyReason} />),
  (e: unknown) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Vouch could not open its data: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById('root')!.replaceChildren(p);
  },
);
