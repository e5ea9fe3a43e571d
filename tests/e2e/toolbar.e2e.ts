import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, fixtureUrl, launch, sidePanelFor, type Launched } from './harness.mjs';

/**
 * The toolbar button in real Chromium: a click is Chromium's own (DevTools' Extensions.triggerAction,
 * the same path as a click on the icon). It opens Vouch's side panel beside the page; the
 * dashboard opens from the panel's "Dashboard" button, and is brought forward when already open.
 */

/** How long to wait for what crosses processes (the tab, the worker, the panel) on a busy machine. */
const SOON = { timeout: 10_000 };

let browser: Launched;
let cdp: CDPSession;
let linkedin: Page;
let errors: string[];

/** Whether the browser shows this extension page's tab in its window (headless pages all count as visible). */
const isActiveTab = (page: Page) => page.evaluate(async () => (await (globalThis as any).chrome.tabs.getCurrent()).active as boolean);
const dashboards = () => browser.context.pages().filter((p) => p.url().endsWith('/dashboard.html'));

/** The browser's side panels of this extension, as its worker sees them. */
const sidePanels = () =>
  browser.worker!.evaluate(async () =>
    ((await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as { documentUrl?: string }[]).map((c) => c.documentUrl ?? ''),
  );

/**
 * What the real side panel shows: its panel's label, read from another page of the extension
 * (the side panel is one of the extension's views, which Playwright does not list as a page).
 */
const realPanelLabel = (extensionPage: Page) =>
  extensionPage.evaluate(() => {
    const views = (globalThis as any).chrome.extension.getViews() as Window[];
    const real = views.find((v) => v.location.pathname === '/sidepanel.html' && v.location.search === '');
    return real?.document.querySelector('section.vouch-panel')?.getAttribute('aria-label') ?? null;
  });

/** A click on Vouch's toolbar icon, on the LinkedIn tab. */
async function clickToolbarButton(): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === linkedin.url());
  expect(tab, targetInfos.map((t) => t.url).join(', ')).toBeDefined();
  await cdp.send('Extensions.triggerAction', { id: browser.extensionId!, targetId: tab!.targetId });
}

beforeAll(async () => {
  browser = await launch();
  cdp = await browser.context.browser()!.newBrowserCDPSession();
  linkedin = await browser.open(fixtureUrl('profile-sdui-connection.html'));
  errors = collectPageErrors(linkedin);
});

afterAll(async () => {
  await browser?.close();
});

describe('the toolbar button in Chromium', () => {
  it('is set to open the side panel, and has no click handler of its own', async () => {
    const setup = await browser.worker!.evaluate(async () => {
      const c = (globalThis as any).chrome;
      return { behavior: await c.sidePanel.getPanelBehavior(), clickListener: c.action.onClicked.hasListeners() as boolean };
    });
    expect(setup).toEqual({ behavior: { openPanelOnActionClick: true }, clickListener: false });
  });

  it("opens Vouch's side panel beside LinkedIn, showing the profile's panel, and opens no tab", async () => {
    expect(await sidePanels()).toEqual([]);
    const pagesBefore = browser.context.pages().length;
    await clickToolbarButton();
    // The panel is listed as it starts loading, before its address is filled in: wait for both.
    await expect.poll(sidePanels, SOON).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
    expect(browser.context.pages()).toHaveLength(pagesBefore);
    expect(dashboards()).toHaveLength(0);

    // The real side panel follows the window's active tab: the LinkedIn profile.
    const { panelPage, panel } = await sidePanelFor(browser, linkedin);
    await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(/^Vouch: Where you stand/);
    await expect.poll(() => realPanelLabel(panelPage), SOON).toMatch(/^Vouch: Where you stand/);
    await panelPage.close();
  });

  it("opens the dashboard in a new tab from the panel's Dashboard button", async () => {
    const { panelPage, panel } = await sidePanelFor(browser, linkedin);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') });
    await panel.getByRole('button', { name: 'Dashboard', exact: true }).click();
    const dashboard = await opened;
    await dashboard.getByRole('heading', { name: 'Ledger' }).waitFor();
    expect(dashboards()).toHaveLength(1);
    await panelPage.close();
  });

  it('brings the open dashboard forward from another tab instead of opening a second one', async () => {
    const [dashboard] = dashboards();
    const { panelPage, panel } = await sidePanelFor(browser, linkedin);
    await panelPage.bringToFront();
    await expect.poll(() => isActiveTab(dashboard!), SOON).toBe(false);
    let extra = 0;
    const count = () => void extra++;
    browser.context.on('page', count);
    try {
      await panel.getByRole('button', { name: 'Dashboard', exact: true }).click();
      // A second dashboard, had one been opened, would be the tab in front instead of this one.
      await expect.poll(() => isActiveTab(dashboard!), SOON).toBe(true);
      expect(extra).toBe(0);
      expect(dashboards()).toHaveLength(1);
    } finally {
      browser.context.off('page', count);
      await panelPage.close();
    }
  });

  it('opens a new one once the dashboard has been closed', async () => {
    await dashboards()[0]!.close();
    const { panelPage, panel } = await sidePanelFor(browser, linkedin);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') });
    await panel.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await (await opened).getByRole('heading', { name: 'Ledger' }).waitFor();
    expect(dashboards()).toHaveLength(1);
    await panelPage.close();
  });

  it('threw no error into LinkedIn and made no network request', () => {
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
