// Chromium with one extension (Vouch, or the do-nothing one) on the bench pages, through the E2E
// harness: every request answered from the pages given, anything else aborted and counted.
import { launch } from '../../e2e/harness.mjs';

export const LINKEDIN = 'https://www.linkedin.com';

/** @param {string} extension unpacked extension directory  @param {Record<string, string>} pages path → HTML */
export function start(extension, pages = {}) {
  return launch({ extension, headless: true, pages });
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
