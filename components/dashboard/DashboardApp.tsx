import { useState } from 'react';
import { themeCss } from '@/components/shared/ui/theme';
import { dashboardCss } from './styles';

/** The views later issues fill; each is one component in this folder. */
export const VIEWS = [
  { id: 'ledger', label: 'Ledger' },
  { id: 'follow-ups', label: 'Follow-ups' },
  { id: 'balance', label: 'Balance' },
  { id: 'planner', label: 'Who to ask next' },
  { id: 'import', label: 'Import' },
  { id: 'backup', label: 'Backup' },
  { id: 'settings', label: 'Settings' },
] as const;
export type ViewId = (typeof VIEWS)[number]['id'];

export function DashboardApp() {
  const [view, setView] = useState<ViewId>('ledger');
  return (
    <div className="vouch-theme dashboard">
      <style>{themeCss + dashboardCss}</style>
      <header className="dashboard-header">
        <h1>Vouch</h1>
        <p className="muted">Your recommendations, kept on this computer.</p>
      </header>
      <nav aria-label="Dashboard views" className="dashboard-nav">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={view === v.id ? 'page' : undefined}
            className={view === v.id ? 'primary' : undefined}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <main className="dashboard-main" aria-live="polite">
        <h2>{VIEWS.find((v) => v.id === view)!.label}</h2>
        <p className="muted">Nothing here yet.</p>
      </main>
    </div>
  );
}
