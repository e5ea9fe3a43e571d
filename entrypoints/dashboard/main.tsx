import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { preloadSettings } from '@/components/dashboard/use-settings';
import { openVouchDb } from '@/storage/open';

// Wiring only: open the database (this page shares the extension's origin with the background)
// and read the preferences at the same time, then render.
const root = createRoot(document.getElementById('root')!);
Promise.all([openVouchDb(), preloadSettings().catch(() => {})]).then(
  ([{ db, readOnlyReason }]) => root.render(<DashboardApp db={db} readOnlyReason={readOnlyReason} />),
  (e: unknown) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Vouch could not open its data: ${e instanceof Error ? e.message : String(e)}`;
    document.getElementById('root')!.replaceChildren(p);
  },
);
