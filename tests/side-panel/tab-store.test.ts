import { describe, expect, it } from 'vitest';
import { followTabs, type TabApis } from '@/components/side-panel/tab-store';
import { PING, tabKey } from '@/components/side-panel/tab-page';

type Listener<A extends unknown[]> = (...args: A) => void;
function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

/** A browser with windows of tabs, the session area the background writes, and content scripts that answer pings. */
function fakeBrowser() {
  const session: Record<string, unknown> = {};
  const local: Record<string, unknown> = {};
  const active = new Map<number, number>(); // windowId → tabId
  const alive = new Set<number>();
  const changed = event<[Record<string, { newValue?: unknown }>, string]>();
  const activated = event<[{ tabId: number; windowId: number }]>();
  const removed = event<[number]>();
  const make = (windowId: number): TabApis => ({
    storage: {
      session: { get: async (k) => (k in session ? { [k]: session[k] } : {}) },
      local: { get: async (k) => (k in local ? { [k]: local[k] } : {}), set: async (i) => void Object.assign(local, i) },
      onChanged: changed,
    },
    tabs: {
      query: async ({ windowId: w }) => (active.has(w) ? [{ id: active.get(w)! }] : []),
      get: async () => ({}),
      sendMessage: async (tabId, m) => {
        if (JSON.stringify(m) !== JSON.stringify(PING) || !alive.has(tabId)) throw new Error('Receiving end does not exist.');
        return true;
      },
      onActivated: activated,
      onRemoved: removed,
    },
    windows: { getCurrent: async () => ({ id: windowId }) },
  });
  const report = (tabId: number, url: string) => {
    const value = { frameId: 0, at: Date.now(), page: { kind: 'none', url } };
    session[tabKey(tabId)] = value;
    alive.add(tabId);
    changed.fire({ [tabKey(tabId)]: { newValue: value } }, 'session');
  };
  const activate = (windowId: number, tabId: number) => {
    active.set(windowId, tabId);
    activated.fire({ tabId, windowId });
  };
  return { make, report, activate, active, local, alive, removed };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('which tab the side panel shows', () => {
  it('each window’s panel follows its own window’s active tab', async () => {
    const b = fakeBrowser();
    b.active.set(1, 11);
    b.active.set(2, 21);
    b.report(11, 'https://www.linkedin.com/in/a/');
    b.report(21, 'https://www.linkedin.com/in/b/');
    const first = followTabs(b.make(1), null);
    const second = followTabs(b.make(2), null);
    await Promise.all([first.ready, second.ready]);
    expect(first.store.getState().tabId).toBe(11);
    expect(second.store.getState().tabId).toBe(21);

    b.report(12, 'https://www.linkedin.com/in/c/');
    b.activate(1, 12);
    await settle();
    expect(first.store.getState()).toMatchObject({ tabId: 12, sight: 'live', state: { page: { url: 'https://www.linkedin.com/in/c/' } } });
    expect(second.store.getState().tabId).toBe(21);

    // A report for the other window's tab changes nothing here.
    b.report(21, 'https://www.linkedin.com/in/b/details/recommendations/');
    await settle();
    expect(first.store.getState().state?.page.url).toBe('https://www.linkedin.com/in/c/');
    expect(second.store.getState().state?.page.url).toBe('https://www.linkedin.com/in/b/details/recommendations/');
  });

  it('a panel bound to one tab stays on it', async () => {
    const b = fakeBrowser();
    b.active.set(1, 11);
    const bound = followTabs(b.make(1), 30);
    await bound.ready;
    b.activate(1, 12);
    await settle();
    expect(bound.store.getState().tabId).toBe(30);
  });

  it('tells a LinkedIn tab whose content script is gone from any other page', async () => {
    const b = fakeBrowser();
    b.local.linkedinTabs = [40];
    const stale = followTabs(b.make(1), 40);
    await stale.ready;
    await settle();
    expect(stale.store.getState().sight).toBe('stale');
    const other = followTabs(b.make(1), 41);
    await other.ready;
    await settle();
    expect(other.store.getState().sight).toBe('other');
    b.alive.add(42);
    const live = followTabs(b.make(1), 42);
    await live.ready;
    await settle();
    expect(live.store.getState().sight).toBe('live');
  });

  it('shows nothing of a tab that closed', async () => {
    const b = fakeBrowser();
    b.report(50, 'https://www.linkedin.com/in/a/');
    const f = followTabs(b.make(1), 50);
    await f.ready;
    b.removed.fire(50);
    expect(f.store.getState().state).toBeNull();
  });
});
