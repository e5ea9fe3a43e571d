import { describe, expect, it, vi } from 'vitest';
import { openDashboard, type OpenerApi, type PageContext } from '@/components/dashboard/open-dashboard';

const BASE = 'chrome-extension://abc';

/** An extension API whose open pages are `pages`; every call is recorded. */
function api(pages: PageContext[] | (() => Promise<PageContext[]>) | null, opts: { windows?: boolean; closed?: number[] } = {}) {
  const calls: string[] = [];
  const a: OpenerApi = {
    runtime: {
      getURL: (path) => `${BASE}${path}`,
      ...(pages === null
        ? {}
        : {
            getContexts: vi.fn(async (filter) => {
              calls.push(`getContexts ${filter.contextTypes.join()}`);
              return typeof pages === 'function' ? pages() : pages;
            }),
          }),
    },
    tabs: {
      create: vi.fn(async ({ url }) => void calls.push(`create ${url}`)),
      update: vi.fn(async (tabId) => {
        if (opts.closed?.includes(tabId)) throw new Error(`No tab with id: ${tabId}.`);
        calls.push(`activate tab ${tabId}`);
      }),
    },
    ...(opts.windows === false ? {} : { windows: { update: vi.fn(async (windowId) => void calls.push(`focus window ${windowId}`)) } }),
  };
  return { api: a, calls };
}

describe('openDashboard (the toolbar button)', () => {
  it('opens the dashboard in a new tab when none is open', async () => {
    const { api: a, calls } = api([{ documentUrl: `${BASE}/other.html`, tabId: 3, windowId: 1 }]);
    await expect(openDashboard(a)).resolves.toBe('opened');
    expect(calls).toEqual(['getContexts TAB', `create ${BASE}/dashboard.html`]);
  });

  it('brings an open dashboard forward, its window too, and opens nothing', async () => {
    const { api: a, calls } = api([
      { documentUrl: `${BASE}/other.html`, tabId: 3, windowId: 1 },
      { documentUrl: `${BASE}/dashboard.html`, tabId: 7, windowId: 2 },
    ]);
    await expect(openDashboard(a)).resolves.toBe('focused');
    expect(calls).toEqual(['getContexts TAB', 'activate tab 7', 'focus window 2']);
  });

  it('knows the dashboard by its path, whatever query or fragment its address carries', async () => {
    for (const suffix of ['?view=ledger', '#contact-1', '?a=1#b']) {
      const { api: a, calls } = api([{ documentUrl: `${BASE}/dashboard.html${suffix}`, tabId: 4, windowId: 1 }]);
      await expect(openDashboard(a)).resolves.toBe('focused');
      expect(calls).toContain('activate tab 4');
    }
    // A page whose name only starts the same is not the dashboard.
    const { api: a } = api([{ documentUrl: `${BASE}/dashboard.html.bak`, tabId: 4, windowId: 1 }]);
    await expect(openDashboard(a)).resolves.toBe('opened');
  });

  it('passes over a context with no tab (tabId -1) or no address', async () => {
    const { api: a, calls } = api([
      { documentUrl: `${BASE}/dashboard.html`, tabId: -1, windowId: -1 },
      { tabId: 5, windowId: 1 },
    ]);
    await expect(openDashboard(a)).resolves.toBe('opened');
    expect(calls).not.toContain('activate tab 5');
  });

  it('opens a new tab when the open one was closed in the meantime', async () => {
    const { api: a, calls } = api([{ documentUrl: `${BASE}/dashboard.html`, tabId: 7, windowId: 2 }], { closed: [7] });
    await expect(openDashboard(a)).resolves.toBe('opened');
    expect(calls).toEqual(['getContexts TAB', `create ${BASE}/dashboard.html`]);
  });

  it('opens a new tab on a browser without getContexts, or when it fails', async () => {
    const without = api(null);
    await expect(openDashboard(without.api)).resolves.toBe('opened');
    expect(without.calls).toEqual([`create ${BASE}/dashboard.html`]);

    const failing = api(() => Promise.reject(new Error('not supported')));
    await expect(openDashboard(failing.api)).resolves.toBe('opened');
    expect(failing.calls).toEqual(['getContexts TAB', `create ${BASE}/dashboard.html`]);
  });

  it('still brings the tab forward where there are no windows (Firefox for Android), or focusing one fails', async () => {
    const noWindows = api([{ documentUrl: `${BASE}/dashboard.html`, tabId: 7, windowId: 2 }], { windows: false });
    await expect(openDashboard(noWindows.api)).resolves.toBe('focused');
    expect(noWindows.calls).toEqual(['getContexts TAB', 'activate tab 7']);

    const refusing = api([{ documentUrl: `${BASE}/dashboard.html`, tabId: 7, windowId: 2 }]);
    vi.mocked(refusing.api.windows!.update).mockRejectedValue(new Error('No window with id: 2.'));
    await expect(openDashboard(refusing.api)).resolves.toBe('focused');
    expect(refusing.api.tabs.create).not.toHaveBeenCalled();
  });
});
