import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { fakeBrowserLanguage } from '../i18n/fake-i18n';

// The tab channel and the toolbar need no data: the database is left unopened, so no open or write
// of it can outlive this file's environment (one did, once, on a fresh clone: Dexie announced a
// write after the test page's globals were gone).
vi.mock('@/storage/open', () => ({ openVouchDb: () => new Promise(() => {}) }));

type Api = Record<string, unknown>;
const api = fakeBrowser as unknown as Api;

function chromeLike() {
  const sidePanel = { open: vi.fn(async () => {}), setPanelBehavior: vi.fn(async () => {}) };
  api.sidePanel = sidePanel;
  delete api.sidebarAction;
  return sidePanel;
}

const badges: Record<number, string> = {};
const titles: Record<number, string> = {};
beforeEach(() => {
  fakeBrowser.reset();
  for (const k of Object.keys(badges)) delete badges[Number(k)];
  for (const k of Object.keys(titles)) delete titles[Number(k)];
  const action = fakeBrowser.action as unknown as Api;
  action.setBadgeText = vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void (badges[tabId] = text));
  action.setTitle = vi.fn(async ({ tabId, title }: { tabId: number; title: string }) => void (titles[tabId] = title));
});

const fromTab = (tabId: number, url = 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/') => ({
  id: fakeBrowser.runtime.id,
  url,
  origin: new URL(url).origin,
  frameId: 0,
  tab: { id: tabId, url },
});

const requestForm = (url: string) => ({
  vouchTab: 1,
  type: 'report',
  page: {
    kind: 'form',
    url,
    viewer: null,
    form: { kind: 'request', contact: { id: 'sam-rivera', name: 'Sam Rivera' }, maxLength: 500, relationship: null, hasTextBox: true, missing: [] },
  },
});

async function send(message: unknown, sender: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve as never);
  });
}

describe('the background worker', () => {
  it("on Chrome, lets the toolbar button (and its shortcut) open the side panel, and adds no click handler of its own", () => {
    const sidePanel = chromeLike();
    background.main();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(fakeBrowser.action.onClicked.hasListeners()).toBe(false);
  });

  it('on Firefox, opens the sidebar from the toolbar button', async () => {
    delete api.sidePanel;
    const sidebarAction = { open: vi.fn(async () => {}), toggle: vi.fn(async () => {}) };
    api.sidebarAction = sidebarAction;
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0, windowId: 1 } as never);
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
  });

  it('keeps what a LinkedIn tab reports in storage.session, answers once kept, and sets the badge', async () => {
    chromeLike();
    background.main();
    const url = 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/';
    expect(await send(requestForm(url), fromTab(7, url))).toBe(true);
    const kept = (await fakeBrowser.storage.session.get('tab:7'))['tab:7'] as { page: { kind: string; url: string }; frameId: number };
    expect(kept.page).toMatchObject({ kind: 'form', url });
    expect(kept.frameId).toBe(0);
    expect(badges[7]).toBe('Ask');

    // The tab moves on to a page with nothing for Vouch: the badge empties.
    expect(await send({ vouchTab: 1, type: 'report', page: { kind: 'none', url: 'https://www.linkedin.com/feed/' } }, fromTab(7, url))).toBe(true);
    expect(badges[7]).toBe('');
  });

  it('says the badge in the browser’s language', async () => {
    fakeBrowserLanguage('de');
    chromeLike();
    background.main();
    const url = 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/';
    expect(await send(requestForm(url), fromTab(8, url))).toBe(true);
    expect(badges[8]).toBe('Anf');
    expect(titles[8]).toBe('Vouch: Hilfe bei dieser Anfrage');
  });

  it('refuses reports from anything but a LinkedIn tab of its own, and malformed ones', async () => {
    chromeLike();
    background.main();
    const url = 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/';
    expect(await send(requestForm(url), { ...fromTab(8, url), id: 'another-extension' })).toBe(false);
    expect(await send(requestForm(url), fromTab(8, 'https://evil.example/'))).toBe(false);
    expect(await send({ vouchTab: 1, type: 'report', page: { kind: 'form', url } }, fromTab(8, url))).toBe(false);
    expect(await fakeBrowser.storage.session.get('tab:8')).toEqual({});
    expect(badges[8]).toBeUndefined();
  });

  it("opens the side panel for the tab while the user's click on LinkedIn's recommend control is handled", async () => {
    const sidePanel = chromeLike();
    background.main();
    void fakeBrowser.runtime.onMessage.trigger({ vouchTab: 1, type: 'open-panel' }, fromTab(9) as never, () => {});
    // At once, not after an await: the browser allows it only during the user's action.
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('on Firefox, asks nothing of the sidebar for a click in the page (Firefox would refuse it)', () => {
    delete api.sidePanel;
    const sidebarAction = { open: vi.fn(async () => {}), toggle: vi.fn(async () => {}) };
    api.sidebarAction = sidebarAction;
    background.main();
    void fakeBrowser.runtime.onMessage.trigger({ vouchTab: 1, type: 'open-panel' }, fromTab(9) as never, () => {});
    expect(sidebarAction.open).not.toHaveBeenCalled();
  });

  it('forgets a tab that closes', async () => {
    chromeLike();
    background.main();
    const url = 'https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/request/';
    await send(requestForm(url), fromTab(10, url));
    await fakeBrowser.tabs.onRemoved.trigger(10, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tab:10')).toEqual({}));
  });
});

describe('a profile report’s dates', () => {
  const profileReport = (date: unknown) => ({
    vouchTab: 1,
    type: 'report',
    page: {
      kind: 'profile',
      url: 'https://www.linkedin.com/in/sam-rivera/',
      profile: {
        contact: { id: 'sam-rivera', name: 'Sam Rivera', firstName: 'Sam' },
        viewer: null,
        isOwnProfile: false,
        recommendations: { received: [{ name: 'Ana', profileId: 'ana', date }], given: [] },
        missing: [],
      },
    },
  });

  it('takes a Date (as Firefox sends it) or an ISO string (as Chrome does), and keeps an ISO string', async () => {
    const { parseTabMessage } = await import('@/components/side-panel/tab-schema');
    const at = new Date('2025-03-02T00:00:00.000Z');
    for (const date of [at, at.toISOString()]) {
      const parsed = parseTabMessage(profileReport(date));
      const page = parsed.ok && parsed.message.type === 'report' ? parsed.message.page : null;
      expect(page?.kind === 'profile' && (page.profile.recommendations?.received[0]?.date as unknown)).toBe(at.toISOString());
    }
    expect(parseTabMessage(profileReport('last week')).ok).toBe(false);
  });
});
