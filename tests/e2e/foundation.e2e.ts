import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryToConnect } from './probes.mjs';
import { collectPageErrors, fixtureIndex, HOST, launch, type Launched } from './harness.mjs';

const FORM_KINDS = new Set(['request-form', 'write-form', 'ask-form']);
const fixtures = fixtureIndex();

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built extension in Chromium', () => {
  it('loads: its service worker runs and answers a message from its own page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const reply = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'ping', payload: {} }));
    expect(reply).toEqual({ ok: true, data: { pong: true } });
    await expect.poll(() => page.getByRole('heading', { name: 'Vouch', level: 1 }).count()).toBe(1);
    await page.close();
  });

  it("refuses any network connection from its own pages (connect-src 'none' holds)", async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const outcome = await page.evaluate(tryToConnect);
    expect(outcome).toEqual({ fetched: 'refused', violations: ['connect-src'] });
    await page.close();
  });

  it('without request interception (the benchmark), still counts any request for the network', async () => {
    const bare = await launch({ intercept: false });
    try {
      const page = await bare.context.newPage();
      await page.goto(`chrome-extension://${bare.extensionId}/dashboard.html`);
      await expect.poll(() => page.getByRole('heading', { name: 'Vouch', level: 1 }).count()).toBe(1);
      expect(bare.blocked).toEqual([]);
      // An image is not covered by connect-src, so the browser does ask the network for it.
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://example.invalid/pixel.png';
        document.body.append(img);
      });
      await expect.poll(() => bare.blocked).toEqual(['https://example.invalid/pixel.png']);
    } finally {
      await bare.close();
    }
  });

  it('has fixture pages for every form kind and the feed', () => {
    const kinds = new Set(fixtures.map((f) => f.kind));
    for (const k of ['request-form', 'write-form', 'feed', 'profile']) expect(kinds).toContain(k);
  });

  for (const f of fixtures.filter((x) => FORM_KINDS.has(x.kind))) {
    it(`mounts a panel on ${f.file}`, async () => {
      const page = await browser.open(f.url);
      const errors = collectPageErrors(page);
      const opener = page.locator('#open-form');
      if (await opener.count()) await opener.click();
      await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
      expect(await page.locator(HOST).count()).toBe(1);
      await expect.poll(() => page.locator(`${HOST} .vouch-panel`).isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const f of fixtures.filter((x) => x.kind === 'feed' || x.kind === 'other')) {
    it(`adds nothing to ${f.file}`, async () => {
      const page = await browser.open(f.url);
      const errors = collectPageErrors(page);
      await page.waitForTimeout(1_200);
      expect(await page.locator(HOST).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('one click on Pause removes Vouch from every LinkedIn tab at once', async () => {
    const form = fixtures.find((x) => x.kind === 'request-form' && !/click|timeout/.test(x.file))!;
    const profile = fixtures.find((x) => x.kind === 'profile')!;
    const a = await browser.open(form.url);
    const b = await browser.open(profile.url);
    await a.locator(`${HOST} section.vouch-panel`).waitFor({ timeout: 10_000 });
    await b.locator(`${HOST} section.vouch-panel`).waitFor({ timeout: 10_000 });
    await a.locator(HOST).getByRole('button', { name: 'Pause Vouch' }).click();
    await expect.poll(() => a.locator(HOST).count()).toBe(0);
    await expect.poll(() => b.locator(HOST).count()).toBe(0);
    // Navigating within LinkedIn while paused brings nothing back.
    await b.evaluate((url) => history.pushState({}, '', new URL(url).pathname), form.url);
    await b.waitForTimeout(600);
    expect(await b.locator(HOST).count()).toBe(0);
    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dash.evaluate(async () => {
      const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
      await (globalThis as any).chrome.storage.local.set({ settings: { ...settings, paused: false } });
    });
    await expect.poll(() => a.locator(HOST).count()).toBe(1);
    await Promise.all([a.close(), b.close(), dash.close()]);
  });

  it('follows LinkedIn from page to page without reloading: a panel where a form opens, nothing on the feed', async () => {
    const feed = fixtures.find((x) => x.kind === 'feed')!;
    const form = fixtures.find((x) => x.kind === 'write-form' && /dialog/.test(x.file))!;
    const page = await browser.open(feed.url);
    const errors = collectPageErrors(page);
    await page.waitForTimeout(500);
    expect(await page.locator(HOST).count()).toBe(0);
    // LinkedIn is a single-page app: the form arrives by pushState and a DOM swap, not a page load.
    await page.evaluate((url) => {
      history.pushState({}, '', url);
      const dialog = document.createElement('dialog');
      dialog.setAttribute('data-testid', 'dialog');
      const h2 = document.createElement('h2');
      h2.textContent = 'Recommend Priya';
      const label = document.createElement('label');
      label.textContent = 'Write your recommendation';
      label.htmlFor = 'spa-text';
      const box = document.createElement('textarea');
      box.id = 'spa-text';
      box.maxLength = 3000;
      dialog.append(h2, label, box);
      document.body.append(dialog);
      dialog.showModal();
    }, form.url);
    await page.locator(HOST).waitFor({ state: 'attached', timeout: 5_000 });
    // Inside the modal dialog: the rest of the page is inert while it is open.
    expect(await page.evaluate((h) => document.querySelector(h)!.parentElement!.tagName, HOST)).toBe('DIALOG');
    await page.locator(HOST).getByRole('button', { name: 'Hide' }).click();
    await page.evaluate((url) => {
      document.querySelector('dialog')!.remove();
      history.pushState({}, '', url);
    }, feed.url);
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(browser.blocked).toEqual([]);
  });
});
