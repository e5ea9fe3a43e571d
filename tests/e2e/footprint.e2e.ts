import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureIndex, HOST, launch, PROD_BUILD, type Launched } from './harness.mjs';

/**
 * What LinkedIn's page can see of Vouch, measured on the production build: one host element
 * while a panel is shown, a closed shadow root, no globals, no attributes on LinkedIn's elements,
 * no requests, and a pause that removes everything at once.
 */
const fixtures = fixtureIndex();
const formFixture = fixtures.find((f) => f.kind === 'request-form' && !/click|delay|later|two-step/i.test(f.file + (f.about ?? '')));
const feedFixture = fixtures.find((f) => f.kind === 'feed');
const profileFixture = fixtures.find((f) => f.kind === 'profile');

let withVouch: Launched;
let without: Launched;
/** Anything a LinkedIn page loads from an extension: LinkedIn probes for extensions this way. */
const extensionLoads: string[] = [];
beforeAll(async () => {
  withVouch = await launch({ extension: PROD_BUILD });
  without = await launch({ extension: null });
  withVouch.context.on('request', (r) => {
    const from = r.frame()?.url() ?? '';
    if (r.url().startsWith('chrome-extension://') && from.startsWith('https://www.linkedin.com')) extensionLoads.push(r.url());
  });
});
afterAll(async () => {
  await withVouch?.close();
  await without?.close();
});

/** Every attribute of every element in the page's light DOM, except Vouch's own host. */
function attributeSnapshot(page: Page) {
  return page.evaluate((host) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.localName === host || el.closest(host)) continue;
      for (const a of el.attributes) out.push(`${el.localName}[${a.name}=${a.value}]`);
    }
    return out.sort();
  }, HOST);
}

const globals = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(window).sort());

describe('footprint on LinkedIn', () => {
  it('shows one host element with a closed shadow root on a form, and changes nothing else', async () => {
    const url = formFixture!.url;
    const bare = await without.open(url);
    await bare.waitForTimeout(800);
    const baseAttrs = await attributeSnapshot(bare);
    const baseGlobals = await globals(bare);

    const page = await withVouch.open(url);
    await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(800);
    expect(await page.locator(HOST).count()).toBe(1);
    expect(await page.evaluate((h) => document.querySelector(h)!.shadowRoot, HOST)).toBeNull();
    expect(await attributeSnapshot(page)).toEqual(baseAttrs);
    expect(await globals(page)).toEqual(baseGlobals);
    await page.close();
    await bare.close();
  });

  it('adds nothing at all to the feed', async () => {
    const page = await withVouch.open(feedFixture!.url);
    await page.waitForTimeout(1_200);
    expect(await page.locator(HOST).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('style, link').length)).toBe(
      await (async () => {
        const bare = await without.open(feedFixture!.url);
        const n = await bare.evaluate(() => document.querySelectorAll('style, link').length);
        await bare.close();
        return n;
      })(),
    );
    await page.close();
  });

  it('posts nothing to LinkedIn\'s own scripts: no message event reveals the extension', async () => {
    // WXT's content-script wrapper posts a "script started" message, carrying the extension's id, to
    // every window listener by default: LinkedIn could fingerprint Vouch by it, and its listeners
    // would run on every page load.
    for (const f of [feedFixture!, formFixture!, profileFixture!]) {
      const page = await withVouch.context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__messagesSeen', { value: seen, enumerable: false });
        addEventListener('message', (e) => seen.push(JSON.stringify(e.data)), true);
      });
      await page.goto(f.url);
      if (f !== feedFixture) await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
      await page.waitForTimeout(800);
      const seen = await page.evaluate(() => (window as unknown as { __messagesSeen: string[] }).__messagesSeen);
      expect(seen.filter((m) => m.includes(withVouch.extensionId!) || /wxt|vouch/i.test(m)), f.file).toEqual([]);
      await page.close();
    }
  });

  it('makes no network request of its own and fetches nothing from chrome-extension://', async () => {
    expect(withVouch.blocked).toEqual(without.blocked);
    expect(withVouch.blocked.filter((u) => !u.startsWith('https://www.linkedin.com'))).toEqual([]);
    expect(withVouch.served.length).toBeGreaterThanOrEqual(2);
    expect(extensionLoads).toEqual([]);
  });

  it('is removed from every tab when paused, and comes back on resume', async () => {
    const a = await withVouch.open(formFixture!.url);
    const b = await withVouch.open(profileFixture!.url);
    await a.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    await b.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    // The panel's Pause button writes this setting (clicked in trust.e2e.ts, on the open E2E build).
    const dash = await withVouch.context.newPage();
    await dash.goto(`chrome-extension://${withVouch.extensionId}/dashboard.html`);
    await dash.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { reminderAfterDays: 14, theme: 'system', paused: true, viewer: null } }));
    await expect.poll(() => a.locator(HOST).count()).toBe(0);
    await expect.poll(() => b.locator(HOST).count()).toBe(0);
    await dash.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { reminderAfterDays: 14, theme: 'system', paused: false, viewer: null } }));
    await expect.poll(() => a.locator(HOST).count()).toBe(1);
    await Promise.all([a.close(), b.close(), dash.close()]);
  });
});
