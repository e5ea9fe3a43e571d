import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { SidePanelApp } from '@/components/side-panel/SidePanelApp';
import type { PanelTab, TabFollower } from '@/components/side-panel/tab-store';
import { formatDate, setLanguage, t, tn } from '@/components/i18n/t';
import { DEFAULT_SETTINGS, updateSettings, writeSettings } from '@/storage/settings';
import { fakeBrowserLanguage } from './fake-i18n';

afterEach(() => setLanguage('auto'));

const call = vi.fn(async (type: string) => (type === 'ledger.summary' ? { total: 0, counts: {}, owed: [], due: [] } : null)) as never;

function panel() {
  const store = createStore<PanelTab>(() => ({ tabId: 1, state: null, sight: 'live' }));
  const tabs = { store, ready: Promise.resolve(), stop: () => {} } as unknown as TabFollower;
  render(<SidePanelApp tabs={tabs} call={call} connectBox={vi.fn()} openDashboard={vi.fn()} openInTab={vi.fn()} />);
}

describe('the language Vouch speaks', () => {
  it('is English by default, as the tests and the browser here speak it', async () => {
    await writeSettings(DEFAULT_SETTINGS);
    panel();
    expect(await screen.findByRole('region', { name: 'Vouch: Your recommendations' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dashboard' })).toBeTruthy();
  });

  it('is the one chosen in the settings, whatever the browser speaks', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, language: 'de' });
    panel();
    expect(await screen.findByRole('region', { name: 'Vouch: Ihre Empfehlungen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Übersicht' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('follows the browser’s language when none is chosen', async () => {
    fakeBrowserLanguage('de');
    await writeSettings(DEFAULT_SETTINGS);
    panel();
    expect(await screen.findByRole('region', { name: 'Vouch: Ihre Empfehlungen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pausieren' })).toBeTruthy();
  });

  it('changes in an open panel when the setting changes', async () => {
    await writeSettings(DEFAULT_SETTINGS);
    panel();
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    await act(() => updateSettings({ language: 'de' }));
    expect(await screen.findByRole('button', { name: 'Pausieren' })).toBeTruthy();
    await act(() => updateSettings({ language: 'auto' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('writes counts, plurals and dates the language’s way', async () => {
    await setLanguage('de');
    expect(t('panel.askFrom', { name: 'Sam' })).toBe('Von Sam');
    expect(tn('step.waitRemind', 1)).toContain('in 1 Tag ');
    expect(tn('step.waitRemind', 3)).toContain('in 3 Tagen ');
    expect(formatDate(new Date(2026, 2, 3), { day: 'numeric', month: 'long', year: 'numeric' })).toBe('3. März 2026');
    await setLanguage('auto');
    expect(tn('step.waitRemind', 1)).toMatch(/in 1 day$/);
  });
});
