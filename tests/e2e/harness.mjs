import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fixtureServer, ROOT } from './fixtures.mjs';

export { fixtureIndex, fixtureUrl, ROOT } from './fixtures.mjs';
export const PROD_BUILD = join(ROOT, '.output/chrome-mv3');
/** The end-to-end tests run the production build: the panels live in the side panel, where tests can look. */
export const E2E_BUILD = PROD_BUILD;

/** Flags that keep Chromium quiet on a machine with no network (see the env notes). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/**
 * Starts Debian's Chromium with the built extension, and answers every https://www.linkedin.com
 * request from the fixture pages. Anything else is aborted and counted: the fixtures are
 * self-contained, so any such request would be Vouch's own.
 *
 * `intercept: false` is for a browser that opens only Vouch's own pages (the benchmark's
 * dashboard): nothing is answered or aborted, and a request for the network is only counted, in
 * `blocked` all the same. Interception pauses every request the browser makes, the extension's own
 * files included, until Node lets it go on: measured on the dashboard's reload, that round trip
 * put its first screen some 25 ms later (medians 208 against 185 ms, alternating in one browser).
 */
export async function launch(opts = {}) {
  const extension = opts.extension === undefined ? E2E_BUILD : opts.extension;
  if (extension && !existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run \`npm run build\` first.`);
  }
  const manifest = extension ? JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) : null;
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'vouch-e2e-'));
  const args = [...CHROMIUM_FLAGS, ...(opts.args ?? [])];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: opts.headless ?? true,
      args,
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const close = async () => {
    await context.close();
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
  };

  // Whatever fails from here on, the browser is closed before the error goes on: a browser left
  // running keeps the Node process that started it alive.
  try {
    const serve = fixtureServer(opts.pages);

    const blocked = [];
    const served = [];
    if (opts.intercept === false) {
      context.on('request', (request) => {
        if (/^(https?|wss?):/.test(request.url())) blocked.push(request.url());
      });
    } else {
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (!/^https?:/.test(url)) return route.continue();
        const html = serve(url, route.request().resourceType() === 'document');
        if (html !== null) {
          served.push(url);
          return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        }
        blocked.push(url);
        return route.abort('blockedbyclient');
      });
    }

    let worker = null;
    let extensionId = null;
    // An extension without a background (the benchmark's do-nothing one) has no worker to wait for.
    if (manifest?.background?.service_worker) {
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(worker.url()).host;
      await listenersRegistered(worker, opts.listeners ?? ['runtime.onMessage']);
    }

    return {
      context,
      extensionId,
      worker,
      blocked,
      served,
      async open(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        return page;
      },
      close,
    };
  } catch (e) {
    await close().catch(() => {});
    throw e;
  }
}

/**
 * Waits until the service worker's first run has registered its listeners. Playwright reports the
 * worker as soon as it starts, before its script has run; until that script has run, Chromium has
 * no listener for the extension's events and drops them (a toolbar click, a message), as it does
 * for any extension that has not registered one. On a busy machine that took long enough for a
 * test's first click to go nowhere.
 *
 * `events` are paths under `chrome` ('runtime.onMessage'). Vouch's background registers all of its
 * listeners in one synchronous run, so once its message listener is there every other one is too
 * (the toolbar's, if it has one): that one is the default.
 */
async function listenersRegistered(worker, events) {
  const until = Date.now() + 15_000;
  for (;;) {
    const missing = await worker.evaluate(
      (events) => events.filter((path) => !path.split('.').reduce((o, k) => o?.[k], globalThis.chrome)?.hasListeners?.()),
      events,
    );
    if (missing.length === 0) return;
    if (Date.now() > until) throw new Error(`The service worker registered no listener for ${missing.join(', ')} within 15 s of starting.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Errors thrown in the page (LinkedIn's world, where Vouch must never throw). */
export function collectPageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/**
 * The browser's id of the tab that shows `page`, from what its content script reported (the
 * extension does not see tabs' addresses). For a page Vouch reports nothing on, open it with `openTab`.
 */
export async function tabIdOf(worker, page) {
  const url = page.url();
  const until = Date.now() + 15_000;
  for (;;) {
    const id = await worker.evaluate(async (u) => {
      const all = await globalThis.chrome.storage.session.get();
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v?.page?.url === u);
      return hit ? Number(hit[0].slice(4)) : null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > until) throw new Error(`No tab reported ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens `url` in a new tab made by the extension, so that its id is known: `{ page, tabId }`. The
 * tab starts blank and then goes to `url`, so that the harness serves it (a tab made with its
 * address is not routed).
 */
export async function openTab(launched, url) {
  const opened = launched.context.waitForEvent('page');
  const tabId = await launched.worker.evaluate(async () => (await globalThis.chrome.tabs.create({ url: 'about:blank' })).id);
  const page = await opened;
  if (url !== 'about:blank') await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, tabId };
}

/**
 * Vouch's side panel for the tab that shows `page`: the side panel's own page, opened in a tab of
 * its own and bound to that tab with `?tab=` (automation cannot reach the browser's side panel).
 * Returns the panel page and a locator on the panel inside it.
 */
export async function sidePanelFor(launched, page, knownTabId) {
  const tabId = knownTabId ?? (await tabIdOf(launched.worker, page));
  const panelPage = await launched.context.newPage();
  await panelPage.goto(`chrome-extension://${launched.extensionId}/sidepanel.html?tab=${tabId}`);
  // The LinkedIn tab stays the one in front, as it is beside a real side panel.
  await page.bringToFront();
  return { panelPage, panel: panelPage.locator('section.vouch-panel'), tabId };
}
