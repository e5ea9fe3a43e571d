import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('made no network request of its own', () => {
    expect(browser.blocked).toEqual([]);
  });
});
