// Chromium with one extension (Vouch, or the do-nothing one) on the bench pages, through the E2E
// harness: every LinkedIn request answered from the pages given, any other request counted.
import { launch } from '../../e2e/harness.mjs';

export const LINKEDIN = 'https://www.linkedin.com';

/**
 * With pages, LinkedIn's URLs are answered from them by request interception. Without, the browser
 * opens only Vouch's own pages and nothing is intercepted, since interception holds up each of
 * their files on a round trip through Node (see `launch`); a request for the network is still
 * counted.
 * @param {string} extension unpacked extension directory  @param {Record<string, string>} pages path → HTML
 * @param {{ userDataDir?: string, args?: string[] }} [opts] a browser profile to start on (kept when the browser
 *   closes); more command-line flags for Chromium
 */
export function start(extension, pages = {}, opts = {}) {
  return launch({ extension, headless: true, pages, intercept: Object.keys(pages).length > 0, userDataDir: opts.userDataDir, args: opts.args });
}

/** A new tab on Vouch's dashboard, where extension messages can be sent from. */
export async function dashboardPage(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  return page;
}

/** Loads a bundled script (see bundle.mjs) into a page; extension pages' CSP allows no script tag, DevTools may. */
export async function loadBundle(page, code) {
  await page.evaluate(`${code}\n;void 0`);
}

/** The version string of the browser behind a context. */
export async function chromiumVersion(browser) {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product.replace(/^(?:Headless)?Chrome\//, '');
  } finally {
    await page.close();
  }
}

export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs a measurement again, once, when the tab died under it (it happens on a loaded machine). */
export async function retryOnce(label, fn) {
  try {
    return await fn();
  } catch (e) {
    console.warn(`  ${label} failed (${String(e.message ?? e).split('\n')[0]}); running it again`);
    return fn();
  }
}

/**
 * A quiet extension page to send messages from: the extension's manifest shown as text. It has
 * the extension's origin (so the router treats it as the dashboard) but runs none of Vouch's UI,
 * whose live ledger would otherwise redraw after every one of the seed's writes.
 */
export async function messagePage(browser) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return page;
}
