import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

describe('the background worker', () => {
  it('opens the dashboard in a new tab when the toolbar button is clicked, and nothing else', async () => {
    background.main();
    const before = (await fakeBrowser.tabs.query({})).map((t) => t.id);
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never);
    const opened = (await fakeBrowser.tabs.query({})).filter((t) => !before.includes(t.id));
    expect(opened.map((t) => t.url)).toEqual([fakeBrowser.runtime.getURL('/dashboard.html')]);
  });
});
