import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/SidePanelApp';
import type { PanelTab, TabFollower } from '@/components/side-panel/tab-store';
import type { RemoteBox } from '@/components/side-panel/remote-box';
import type { TabState } from '@/components/side-panel/tab-page';
import { writeSettings, DEFAULT_SETTINGS } from '@/storage/settings';

afterEach(() => fakeBrowser.reset());

function remoteBox(): RemoteBox {
  return {
    reach: 'reached',
    read: () => '',
    fill: vi.fn(async () => ({ ok: true as const })),
    undo: vi.fn(async () => false),
    subscribe: () => () => {},
    onReach: () => () => {},
    reconnect: () => {},
    close: () => {},
  };
}

const call = vi.fn(async (type: string) => {
  if (type === 'ledger.summary') return { total: 0, counts: {}, owed: [], due: [] };
  if (type === 'templates.list') return [];
  if (type === 'draft.get') return null;
  if (type === 'contact.get') return null;
  if (type === 'notes.list') return [];
  if (type === 'requests.sentBefore') return [];
  return null;
}) as never;

const requestForm: TabState = {
  frameId: 0,
  at: 1,
  page: {
    kind: 'form',
    url: 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/',
    viewer: { id: 'alex-morgan', name: 'Alex Morgan' },
    form: { kind: 'request', contact: { id: 'sam-rivera', name: 'Sam Rivera', firstName: 'Sam' }, maxLength: 500, relationship: null, hasTextBox: true, missing: [] },
  },
};

function setup(initial: PanelTab) {
  const store = createStore<PanelTab>(() => initial);
  const tabs = { store, ready: Promise.resolve(), stop: () => {} } as unknown as TabFollower;
  const connectBox = vi.fn(() => remoteBox());
  const openDashboard = vi.fn();
  render(<SidePanelApp tabs={tabs} call={call} connectBox={connectBox} openDashboard={openDashboard} openInTab={vi.fn()} />);
  return { store, connectBox, openDashboard };
}

describe('the side panel', () => {
  it('shows the request composer for a request form, bound to the tab and frame it was read from', async () => {
    const { connectBox } = setup({ tabId: 3, state: requestForm, sight: 'live' });
    expect(await screen.findByRole('region', { name: 'Vouch: Ask for a recommendation' })).toBeTruthy();
    expect(connectBox).toHaveBeenCalledWith(3, 0);
  });

  it('keeps the composer and what was written when LinkedIn’s form closes, and says so', async () => {
    const { store } = setup({ tabId: 3, state: requestForm, sight: 'live' });
    await screen.findByRole('region', { name: 'Vouch: Ask for a recommendation' });
    act(() => store.setState({ state: { frameId: 0, at: 2, page: { kind: 'none', url: 'https://www.linkedin.com/feed/' } } }));
    expect(await screen.findByText(/LinkedIn's form is closed/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Vouch: Ask for a recommendation' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done with this form' }));
    expect(await screen.findByText(/Open a profile, or LinkedIn's form/)).toBeTruthy();
  });

  it('takes the same form in a reloaded page for a new one (its draft is offered again), but not a new step of it', async () => {
    const { store, connectBox } = setup({ tabId: 3, state: { ...requestForm, page: { ...requestForm.page, doc: 'first' } }, sight: 'live' });
    await screen.findByRole('region', { name: 'Vouch: Ask for a recommendation' });
    expect(connectBox).toHaveBeenCalledTimes(1);
    act(() => store.setState({ state: { ...requestForm, at: 2, page: { ...requestForm.page, doc: 'first', url: `${requestForm.page.url}?step=2` } } }));
    expect(connectBox).toHaveBeenCalledTimes(1);
    act(() => store.setState({ state: { ...requestForm, at: 3, page: { ...requestForm.page, doc: 'reloaded' } } }));
    await vi.waitFor(() => expect(connectBox).toHaveBeenCalledTimes(2));
  });

  it('says to reload a LinkedIn tab that Vouch can no longer see, and still offers the ledger', async () => {
    setup({ tabId: 4, state: null, sight: 'stale' });
    expect(await screen.findByText(/Reload the tab to use Vouch there/)).toBeTruthy();
    expect(await screen.findByText(/hasn't recorded any recommendations yet/)).toBeTruthy();
  });

  it('follows another tab: a form in one, nothing in the next', async () => {
    const { store } = setup({ tabId: 3, state: requestForm, sight: 'live' });
    await screen.findByRole('region', { name: 'Vouch: Ask for a recommendation' });
    act(() => store.setState({ tabId: 5, state: null, sight: 'other' }));
    expect(await screen.findByRole('region', { name: 'Vouch: Your recommendations' })).toBeTruthy();
    expect(screen.queryByText(/LinkedIn's form is closed/)).toBeNull();
  });

  it('says Vouch is paused, and resumes it', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, paused: true });
    setup({ tabId: 3, state: requestForm, sight: 'live' });
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Vouch' }));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ paused: false }));
  });

  it('opens the dashboard from its button', async () => {
    const { openDashboard } = setup({ tabId: null, state: null, sight: 'other' });
    fireEvent.click(await screen.findByRole('button', { name: 'Dashboard' }));
    expect(openDashboard).toHaveBeenCalled();
  });
});
