import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useMemo } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VouchDb } from '@/storage/db';
import { DashboardApp, VIEWS } from '@/components/dashboard/DashboardApp';
import { resetDashboardState } from '@/components/dashboard/store';
import { updateSettings } from '@/storage/settings';
import { backgroundFor, contact, freshDb, giveElementsHeight, NOW } from './helpers';
import { NEWER_DATA_MESSAGE } from '@/storage/open';
import type { Said } from '@/storage/said';
import { ENGLISH, say } from '@/components/i18n/said';

let restore: () => void;
beforeEach(() => {
  resetDashboardState();
  restore = giveElementsHeight();
});
afterEach(() => restore());

/** The app as the dashboard page mounts it, its writes going to a background over `db`. */
function App({ db, readOnlyReason = null }: { db: VouchDb; readOnlyReason?: Said | null }) {
  const { send, onProgress } = useMemo(() => backgroundFor(db, { readOnlyReason }), [db, readOnlyReason]);
  return <DashboardApp db={db} send={send} onProgress={onProgress} readOnlyReason={readOnlyReason} now={() => NOW} />;
}

const nav = () => within(screen.getByRole('navigation', { name: 'Dashboard views' }));

describe('DashboardApp', () => {
  it('has one nav button per view, and each view has its heading', async () => {
    render(<App db={freshDb()} />);
    expect(nav().getAllByRole('button').map((b) => b.textContent)).toEqual(VIEWS.map((v) => v.label));
    for (const v of VIEWS) {
      fireEvent.click(nav().getByRole('button', { name: v.label }));
      // Each view's code loads on its first visit, which takes a while on a busy machine.
      expect(await screen.findByRole('heading', { level: 2, name: v.label }, { timeout: 10_000 })).toBeTruthy();
      expect(nav().getByRole('button', { name: v.label }).getAttribute('aria-current')).toBe('page');
    }
  }, 60_000);

  it('opens a contact from the ledger and goes back', async () => {
    const db = freshDb();
    await db.contacts.add(contact('sam', 'Sam Rivera'));
    render(<App db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sam Rivera' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sam Rivera' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ledger' })).toBeTruthy();
  });

  it('shows why the data is read-only', async () => {
    render(<App db={freshDb()} readOnlyReason={NEWER_DATA_MESSAGE} />);
    expect(screen.getByRole('alert').textContent).toBe(say(NEWER_DATA_MESSAGE, ENGLISH));
    expect(screen.getByRole('alert').textContent).toMatch(/^Your Vouch data was saved by a newer version/);
  });

  it('applies the chosen theme to the page', async () => {
    const { container } = render(<App db={freshDb()} />);
    const root = container.querySelector('.vouch-theme')!;
    expect(root.hasAttribute('data-theme')).toBe(false);
    await updateSettings({ theme: 'dark' });
    await waitFor(() => expect(root.getAttribute('data-theme')).toBe('dark'));
    expect(document.documentElement.style.colorScheme).toBe('dark');
    await updateSettings({ theme: 'system' });
    await waitFor(() => expect(root.hasAttribute('data-theme')).toBe(false));
  });
});
