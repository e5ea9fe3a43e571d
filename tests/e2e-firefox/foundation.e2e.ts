import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryToConnect } from '../e2e/probes.mjs';
import { collectPageErrors, fixtureUrl, launch, sendMessage, until, type FirefoxLaunched } from './harness.mjs';

/**
 * The built add-on in Firefox: installed, its background answering its own pages, its pages
 * refused the network, the dashboard opened from the sidebar that the toolbar button opens (and
 * brought forward rather than opened twice), and nothing asked of the network.
 */

let firefox: FirefoxLaunched;
beforeAll(async () => {
  firefox = await launch();
});
afterAll(async () => {
  await firefox?.close();
});

const heading = (page: Page) => page.evaluate(() => document.querySelector('h1')?.textContent ?? null);
/** Whether this add-on page's tab is the selected one in its window. */
const isActiveTab = (page: Page) => page.evaluate(async () => ((await (globalThis as any).browser.tabs.getCurrent()) as { active: boolean }).active);

describe('the built add-on in Firefox', () => {
  it('installs under its own id, with an internal UUID of its own for its pages', () => {
    expect(firefox.addonId).toBe('vouch@vouch-extension.org');
    expect(firefox.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('opens the dashboard at moz-extension://<uuid>/dashboard.html, and its background answers', async () => {
    const page = await firefox.extensionPage('/dashboard.html');
    const errors = collectPageErrors(page);
    expect(await sendMessage(page, 'ping')).toEqual({ ok: true, data: { pong: true } });
    await until(async () => (await heading(page)) === 'Vouch', 'the dashboard heading');
    // The ledger view draws (React, Dexie over IndexedDB in the event page, the first screen).
    await until(() => page.evaluate(() => /No contacts yet/.test(document.body.textContent ?? '')), 'the empty ledger');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses any network connection from its own pages (connect-src 'none' holds)", async () => {
    const page = await firefox.extensionPage('/dashboard.html');
    const outcome = await page.evaluate(tryToConnect);
    expect(outcome).toEqual({ fetched: 'refused', violations: ['connect-src'] });
    await page.close();
  });

  it("opens the dashboard from the sidebar the toolbar button opens, and brings it forward instead of opening a second", async () => {
    const linkedin = await firefox.open(fixtureUrl('profile-sdui-connection.html'));
    // Another of Vouch's pages, to reach the sidebar's document (extension.getViews) from.
    const { panelPage: helper } = await firefox.sidePanelFor(linkedin);
    const dashboards = async () => (await firefox.extensionTabs()).filter((t) => t.path === '/dashboard.html');
    /** The user's click on the sidebar's Dashboard button. */
    const pressDashboard = () =>
      until(
        () =>
          helper.evaluate(() => {
            const [view] = (globalThis as any).browser.extension.getViews({ type: 'sidebar' }) as Window[];
            const button = [...(view?.document.querySelectorAll('section.vouch-panel button') ?? [])].find((b) => b.textContent?.trim() === 'Dashboard');
            (button as HTMLButtonElement | undefined)?.click();
            return !!button;
          }),
        "the sidebar's Dashboard button",
      );
    expect(await dashboards()).toHaveLength(0);
    await firefox.clickToolbarButton();
    await pressDashboard();
    const [dashboard] = await until(async () => {
      const found = await dashboards();
      return found.length > 0 ? found : null;
    }, 'the dashboard to open from the sidebar');
    await until(async () => (await heading(dashboard!.page)) === 'Vouch', 'the dashboard heading');

    await linkedin.bringToFront();
    await until(async () => !(await isActiveTab(dashboard!.page)), 'the LinkedIn tab to come forward');
    await pressDashboard();
    await until(() => isActiveTab(dashboard!.page), 'the dashboard tab to come forward');
    expect(await dashboards()).toHaveLength(1);

    await dashboard!.page.close();
    await pressDashboard();
    await until(async () => (await dashboards()).length === 1, 'a new dashboard after the first was closed');
    await firefox.clickToolbarButton(); // closes the sidebar
    await Promise.all([linkedin.close(), helper.close()]);
  });

  it('asked nothing of the network: every request the browser opened was a fixture page it was served', async () => {
    expect(firefox.blocked).toEqual([]);
    const requests = await firefox.requests();
    expect(requests.length).toBeGreaterThan(0); // the LinkedIn page, at least: the observer sees requests
    expect(requests.filter((r) => !firefox.served.includes(r.url))).toEqual([]);

    // And both counters do see a request for the network when a page makes one.
    const page = await firefox.open(fixtureUrl('feed-busy.html'));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
    });
    await until(() => firefox.blocked.includes('https://example.invalid/pixel.png'), 'the image request to be blocked');
    await until(async () => (await firefox.requests()).some((r) => r.url === 'https://example.invalid/pixel.png'), 'the image request to be seen');
    await page.close();
  });
});
