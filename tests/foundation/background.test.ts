import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

// The toolbar button needs no data: the database is left unopened, so no open or write of it can
// outlive this file's environment (one did, once, on a fresh clone: Dexie announced a write after
// the test page's globals were gone).
vi.mock('@/storage/open', () => ({ openVouchDb: () => new Promise(() => {}) }));

const DASHBOARD = () => fakeBrowser.runtime.getURL('/dashboard.html');

describe('the background worker', () => {
  it('opens the dashboard in a new tab when the toolbar button is clicked, and nothing else', async () => {
    background.main();
    const before = (await fakeBrowser.tabs.query({})).map((t) => t.id);
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never);
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).length).toBeGreaterThan(before.length));
    const opened = (await fakeBrowser.tabs.query({})).filter((t) => !before.includes(t.id));
    expect(opened.map((t) => t.url)).toEqual([DASHBOARD()]);
  });

  it('brings the open dashboard forward instead of opening a second one', async () => {
    fakeBrowser.reset();
    background.main();
    const dashboard = await fakeBrowser.tabs.create({ url: DASHBOARD(), active: false });
    await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/', active: true });
    const getContexts = vi.fn(async () => [{ documentUrl: DASHBOARD(), tabId: dashboard.id!, windowId: dashboard.windowId }]);
    (fakeBrowser.runtime as unknown as { getContexts: typeof getContexts }).getContexts = getContexts;
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never);
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(dashboard.id, { active: true }));
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['TAB'] });
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url === DASHBOARD())).toHaveLength(1);
  });
});
