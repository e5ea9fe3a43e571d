import { createStore } from 'zustand/vanilla';
import { pageFromWire, PING, tabKey, type TabState } from './tab-page';
import { wasLinkedInTab } from './known-tabs';

/**
 * Whether Vouch can see the tab: `live` when its content script answers, `stale` when the tab
 * is on LinkedIn but nothing of Vouch's answers there (the extension was updated or installed
 * after the tab opened), `other` for any other page.
 */
export type Sight = 'checking' | 'live' | 'stale' | 'other';

export interface PanelTab {
  tabId: number | null;
  /** What the tab's content script last reported; null when it reported nothing. */
  state: TabState | null;
  sight: Sight;
}

/** The browser APIs the side panel follows tabs with, passed in so that tests can give fakes. */
export interface TabApis {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: {
      addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  tabs: {
    query(q: { active: true; windowId: number }): Promise<{ id?: number }[]>;
    get(tabId: number): Promise<{ url?: string }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onActivated: {
      addListener(cb: (info: { tabId: number; windowId: number }) => void): void;
      removeListener(cb: (info: { tabId: number; windowId: number }) => void): void;
    };
    onRemoved: {
      addListener(cb: (tabId: number) => void): void;
      removeListener(cb: (tabId: number) => void): void;
    };
  };
  windows: { getCurrent(): Promise<{ id?: number }> };
}

const LINKEDIN = /^https:\/\/www\.linkedin\.com\//;

function revive(value: unknown): TabState | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as TabState;
  return s.page && typeof s.page === 'object' ? { ...s, page: pageFromWire(s.page) } : null;
}

/**
 * The tab the side panel shows and what Vouch read there. The panel follows the active tab of its
 * own window (each window's panel its own), or one tab when opened with `?tab=<id>` (how tests,
 * which cannot reach the browser's side panel, open the same page in a tab of its own).
 */
export function followTabs(api: TabApis, bound: number | null) {
  const store = createStore<PanelTab>(() => ({ tabId: bound, state: null, sight: 'checking' }));
  let windowId: number | null = null;
  let generation = 0;

  /** Whether Vouch's content script answers in that tab; asked only when the tab reported nothing. */
  const look = async (tabId: number): Promise<Sight> => {
    const url = await api.tabs.get(tabId).then((t) => t.url, () => undefined);
    // Without the `tabs` permission the address shows only for LinkedIn's pages: no address, not LinkedIn.
    if (url !== undefined && !LINKEDIN.test(url)) return 'other';
    const alive = await api.tabs.sendMessage(tabId, PING).then((r) => r === true, () => false);
    if (alive) return 'live';
    if (url !== undefined) return 'stale';
    return (await wasLinkedInTab(api.storage.local, tabId)) ? 'stale' : 'other';
  };

  const show = async (tabId: number | null) => {
    const mine = ++generation;
    store.setState({ tabId, state: null, sight: 'checking' });
    if (tabId === null) return store.setState({ sight: 'other' });
    const got = await api.storage.session.get(tabKey(tabId)).catch(() => ({}) as Record<string, unknown>);
    if (mine !== generation) return;
    const state = revive(got[tabKey(tabId)]);
    if (state) return store.setState({ state, sight: 'live' });
    const sight = await look(tabId);
    if (mine === generation && !store.getState().state) store.setState({ sight });
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const { tabId } = store.getState();
    if (area !== 'session' || tabId === null) return;
    const change = changes[tabKey(tabId)];
    if (!change) return;
    const state = revive(change.newValue);
    if (state) store.setState({ state, sight: 'live' });
    else store.setState({ state: null, sight: 'live' });
  };
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (bound === null && info.windowId === windowId) void show(info.tabId);
  };
  const onRemoved = (tabId: number) => {
    if (tabId === store.getState().tabId) store.setState({ state: null, sight: 'other' });
  };

  api.storage.onChanged.addListener(onChanged);
  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onRemoved.addListener(onRemoved);

  const ready =
    bound !== null
      ? show(bound)
      : api.windows
          .getCurrent()
          .then(async (w) => {
            windowId = w.id ?? null;
            if (windowId === null) return show(null);
            const [tab] = await api.tabs.query({ active: true, windowId });
            return show(tab?.id ?? null);
          })
          .catch(() => show(null));

  return {
    store,
    ready,
    stop() {
      api.storage.onChanged.removeListener(onChanged);
      api.tabs.onActivated.removeListener(onActivated);
      api.tabs.onRemoved.removeListener(onRemoved);
    },
  };
}

export type TabFollower = ReturnType<typeof followTabs>;
