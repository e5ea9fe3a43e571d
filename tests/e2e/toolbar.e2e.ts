import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, fixtureUrl, launch, type Launched } from './harness.mjs';

/**
 * The toolbar button in real Chromium: a click is Chromium's own (DevTools' Extensions.triggerAction,
 * the same path as a click on the icon), and the background's handler decides what opens.
 */

let browser: Launched;
let cdp: CDPSession;
let linkedin: Page;
let errors: string[];

/** Whether the browser shows this extension page's tab in its window (headless pages all count as visible). */
const isActiveTab = (page: Page) => page.evaluate(async () => (await (globalThis as any).chrome.tabs.getCurrent()).active as boolean);
const dashboards = () => browser.context.pages().filter((p) => p.url().endsWith('/dashboard.html'));

/** A click on Vouch's toolbar icon, on a tab of the browser. */
async function clickToolbarButton(): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  expect(targetInfos.length).toBeGreaterThan(0);
  await cdp.send('Extensions.triggerAction', { id: browser.extensionId!, targetId: targetInfos[0]!.targetId });
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
  it('opens the dashboard in a new tab', async () => {
    expect(dashboards()).toHaveLength(0);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') });
    await clickToolbarButton();
    const dashboard = await opened;
    await dashboard.getByRole('heading', { name: 'Ledger' }).waitFor();
    expect(dashboards()).toHaveLength(1);
  });

  it('brings the open dashboard forward from another tab instead of opening a second one', async () => {
    const [dashboard] = dashboards();
    await linkedin.bringToFront();
    await expect.poll(() => isActiveTab(dashboard!)).toBe(false);
    let extra = 0;
    const count = () => void extra++;
    browser.context.on('page', count);
    try {
      await clickToolbarButton();
      await expect.poll(() => isActiveTab(dashboard!)).toBe(true);
      // A second tab would have been created before the first one came forward, had it been opened.
      await new Promise((r) => setTimeout(r, 300));
      expect(extra).toBe(0);
      expect(dashboards()).toHaveLength(1);
    } finally {
      browser.context.off('page', count);
    }
  });

  it('opens a new one once the dashboard has been closed', async () => {
    await dashboards()[0]!.close();
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') });
    await clickToolbarButton();
    await (await opened).getByRole('heading', { name: 'Ledger' }).waitFor();
    expect(dashboards()).toHaveLength(1);
  });

  it('threw no error into LinkedIn and made no network request', () => {
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
