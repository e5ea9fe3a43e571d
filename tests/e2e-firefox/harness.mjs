// Firefox's end-to-end harness: Debian's Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi, with the built add-on installed and LinkedIn's pages served from the same fixtures, by the
// same decision, as Chromium's harness (../e2e/fixtures.mjs).
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { fixtureServer, ROOT } from '../e2e/fixtures.mjs';

export { expectedReading, fixtureIndex, fixtureUrl, ROOT, variantIndex } from '../e2e/fixtures.mjs';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');

/** Firefox's executable: $FIREFOX_PATH, else firefox-esr or firefox on the PATH; null when there is none. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/**
 * Preferences that keep Firefox off the network on a machine that has none (on top of
 * puppeteer's own, which turn off updates, safebrowsing's downloads, remote settings' server and
 * telemetry's upload). Whatever still asks for the network goes to a proxy on a closed loopback
 * port, so nothing can leave the machine even if a preference is missed; requests that pages make
 * are answered or aborted by the harness before they reach it, and every request the browser
 * opens is counted (`requests`).
 */
export const FIREFOX_PREFS = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.chrome.site_icons': false, // no /favicon.ico request for each page
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'browser.search.geoSpecificDefaults': false,
  'browser.topsites.contile.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.webservice.discoverURL': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-provider.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5, // no DNS over HTTPS
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy (errors count as not yet), or fails after `timeout` ms. */
export async function until(check, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
    await sleep(100);
  }
}

/**
 * Starts Firefox headless with a fresh profile, installs the built add-on (a temporary add-on, as
 * about:debugging would) and answers https://www.linkedin.com document requests from the fixture
 * pages; every other http(s) request a page makes is aborted and counted in `blocked`.
 *
 * The browser is started with --remote-allow-system-access so that the harness can do, in the
 * browser's own (chrome) scope, what a user does in its UI and WebDriver cannot: read the add-on's
 * internal UUID (each profile gives an add-on its own; its pages are moz-extension://<uuid>/…),
 * open its pages, press its toolbar button, terminate its background page as about:debugging's
 * "Terminate background script" does, and watch every request the browser opens.
 */
export async function launch(opts = {}) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found (firefox-esr or firefox on the PATH, or $FIREFOX_PATH).');
  const extension = opts.extension === undefined ? FIREFOX_BUILD : opts.extension;
  if (extension && !existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built add-on at ${extension}: run \`npm run build:firefox\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vouch-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: opts.headless ?? true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: FIREFOX_PREFS,
    // Firefox's own switch for a machine with no network (its test harnesses set it): non-local
    // connections are refused, and remote settings honour the dummy server puppeteer sets
    // instead of polling Mozilla's (release builds ignore that preference otherwise).
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    defaultViewport: { width: 1280, height: 900 },
  });
  const bidi = browser.connection;

  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.contexts[0].context;
  /** Runs `fn` in the browser window's chrome scope (privileged); arguments and result are strings. */
  async function inChrome(fn, ...args) {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration: fn.toString(),
      target: { context: chromeWindow },
      awaitPromise: true,
      arguments: args.map((value) => ({ type: 'string', value: String(value) })),
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`In Firefox's chrome scope: ${result.exceptionDetails.text}`);
    return result.result?.value;
  }

  // Every HTTP(S) request the browser opens, from a page, the add-on's background or Firefox itself.
  await inChrome(() => {
    const seen = (window.__vouchRequests = []);
    const observer = {
      observe(subject) {
        const channel = subject.QueryInterface(Ci.nsIChannel);
        seen.push({ url: channel.URI.spec, by: channel.loadInfo?.triggeringPrincipal?.origin ?? '' });
      },
    };
    Services.obs.addObserver(observer, 'http-on-opening-request');
    return 'watching';
  });

  const serve = fixtureServer(opts.pages);
  const blocked = [];
  const served = [];
  const guarded = new WeakSet();
  /** Serves and blocks this page's requests (pages the add-on opens are guarded as they appear). */
  async function guard(page) {
    if (guarded.has(page)) return page;
    guarded.add(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (!/^(https?|wss?):/.test(url)) return void request.continue().catch(() => {});
      // Over BiDi there is no resource type: a navigation request is the document.
      const html = serve(url, request.isNavigationRequest());
      if (html !== null) {
        served.push(url);
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => {});
      }
      blocked.push(url);
      return void request.abort('blockedbyclient').catch(() => {});
    });
    return page;
  }
  browser.on('targetcreated', (target) => {
    if (target.type() === 'page') void target.page().then((p) => p && guard(p)).catch(() => {});
  });

  let addonId = null;
  let uuid = null;
  if (extension) {
    addonId = await browser.installExtension(extension);
    uuid = await inChrome((id) => WebExtensionPolicy.getByID(id).mozExtensionHostname, addonId);
    await backgroundReady();
  }

  /** Whether the add-on's event page is running (about:debugging shows the same). */
  async function backgroundRunning() {
    return (
      (await inChrome((id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        return String(ExtensionParent.DebugUtils.isBackgroundScriptRunning(id));
      }, addonId)) === 'true'
    );
  }

  /** Waits until the event page has run and registered its listeners (a message answered). */
  async function backgroundReady() {
    await until(
      () =>
        inChrome(async (id) => {
          const policy = WebExtensionPolicy.getByID(id);
          const ext = policy?.extension;
          return ext && !ext.hasShutdown && policy.active && ext.backgroundState === 'running' ? 'yes' : '';
        }, addonId),
      "the add-on's background page to start",
      20_000,
    );
  }

  function pageContext(page) {
    return page.mainFrame()._id;
  }

  /**
   * Opens one of the add-on's pages (e.g. '/dashboard.html') in a new tab. WebDriver refuses to
   * navigate to moz-extension: without system access, and Firefox reports neither
   * DOMContentLoaded nor load for such pages over BiDi: so the tab is navigated without waiting,
   * and the page counts as open once its document is complete at that address.
   */
  async function extensionPage(path) {
    const page = await guard(await browser.newPage());
    await gotoExtensionPage(page, path);
    return page;
  }

  async function gotoExtensionPage(page, path) {
    const url = `moz-extension://${uuid}${path}`;
    await bidi.send('browsingContext.navigate', { context: pageContext(page), url, wait: 'none' });
    await until(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), `${path} to load`);
  }

  /** Reloads a page (the add-on's or LinkedIn's) and waits for its new document to be complete. */
  async function reload(page) {
    await page.evaluate(() => {
      window.__vouchBeforeReload = true;
    });
    await bidi.send('browsingContext.reload', { context: pageContext(page), wait: 'none' });
    await until(() => page.evaluate(() => !window.__vouchBeforeReload && document.readyState === 'complete'), 'the page to reload');
  }

  /** The add-on's id for the tab showing `page` (tabs.Tab.id), read from the browser's own tab tracker. */
  async function tabIdOf(page) {
    const id = await inChrome((context) => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const tab = gBrowser.getTabForBrowser(NavigableManager.getBrowserById(context));
      return String(ExtensionParent.apiManager.global.tabTracker.getId(tab));
    }, pageContext(page));
    return Number(id);
  }

  /** Which sidebar the browser window shows: `{ open, id }` (Vouch's is '<widget id>-sidebar-action'). */
  async function sidebarState() {
    return JSON.parse(await inChrome(() => JSON.stringify({ open: SidebarController.isOpen, id: SidebarController.currentID })));
  }
  const widgetId = addonId ? `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}` : null;

  return {
    browser,
    addonId,
    uuid,
    tabIdOf,
    sidebarState,
    /** The sidebar id Firefox gives Vouch's sidebar_action. */
    sidebarId: widgetId && `${widgetId}-sidebar-action`,
    /**
     * Vouch's side panel page for the tab showing `page`, as tests drive it: sidepanel.html?tab=<id>
     * in a tab of its own (WebDriver cannot reach the browser's sidebar), with the LinkedIn tab
     * brought back to the front, as it is beside a real sidebar.
     */
    async sidePanelFor(page) {
      const tabId = await tabIdOf(page);
      const panelPage = await extensionPage(`/sidepanel.html?tab=${tabId}`);
      await page.bringToFront();
      return { panelPage, tabId };
    },
    /** Presses the keyboard shortcut Vouch declares for its sidebar (Alt+Shift+V by default); returns its key. */
    async pressSidebarShortcut() {
      return JSON.parse(
        await inChrome((id) => {
          const key = document.getElementById(`ext-key-id-${id}-sidebar-action`);
          key.doCommand();
          return JSON.stringify({ key: key.getAttribute('key'), modifiers: key.getAttribute('modifiers') });
        }, widgetId),
      );
    },
    blocked,
    served,
    inChrome,
    extensionPage,
    gotoExtensionPage,
    reload,
    guard,
    backgroundRunning,
    /** Opens a LinkedIn URL (served from the fixtures) in a new tab. */
    async open(url) {
      const page = await guard(await browser.newPage());
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    /** The add-on's extension pages open in tabs, by the path after moz-extension://<uuid>. */
    async extensionTabs() {
      const pages = await browser.pages();
      const out = [];
      for (const p of pages) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`moz-extension://${uuid}/`)) out.push({ page: p, path: new URL(href).pathname });
      }
      return out;
    },
    /** Every HTTP(S) request the browser opened so far: its URL and the origin that caused it. */
    async requests() {
      return JSON.parse(await inChrome(() => JSON.stringify(window.__vouchRequests)));
    },
    /** Presses the add-on's toolbar button in the browser window, as a user's click does. */
    async clickToolbarButton() {
      await inChrome((id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(id).extension).triggerAction(window);
        return 'pressed';
      }, addonId);
    },
    /**
     * Stops the add-on's event page, as about:debugging's "Terminate background script" does and
     * as Firefox does after it has been idle; the next event (a message) starts it again.
     */
    async terminateBackground() {
      await inChrome(async (id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        await ExtensionParent.DebugUtils.terminateBackgroundScript(id);
        return 'terminated';
      }, addonId);
      await until(async () => !(await backgroundRunning()), 'the background page to stop');
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Errors thrown in the page (LinkedIn's world, where Vouch must never throw). */
export function collectPageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Sends one of Vouch's messages from an add-on page, as its own pages do; returns the reply. */
export function sendMessage(page, type, payload = {}) {
  return page.evaluate((type, payload) => globalThis.browser.runtime.sendMessage({ vouch: 1, type, payload }), type, payload);
}
