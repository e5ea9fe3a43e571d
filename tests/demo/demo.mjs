#!/usr/bin/env node
// `npm run demo`: builds Vouch, starts Chromium with it on the bundled LinkedIn-like pages (no
// account, no network), and walks a profile, the request form, the write form and the dashboard,
// each LinkedIn page with Vouch's side panel beside it, as a user sees them.
//   npm run demo                 windows stay open for you to try Vouch (needs a display): each
//                                page with its side panel in a window of its own beside it
//   npm run demo -- --headless   saves screenshots, prints their paths and exits
//   add --readme to also refresh the screenshots the README shows (tests/demo/screenshots/)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, fixtureIndex, openTab, PROD_BUILD, ROOT } from '../e2e/harness.mjs';
import { seedDemoData } from './seed.mjs';

const headless = process.argv.includes('--headless');
const readme = process.argv.includes('--readme');
const outDir = join(ROOT, '.demo');
mkdirSync(outDir, { recursive: true });

/** The LinkedIn page and the side panel beside it, as wide as a laptop's browser shows them. */
const PAGE = { width: 900, height: 860 };
const PANEL = { width: 400, height: PAGE.height };
/** The browser's line between the page and its side panel. */
const DIVIDER = 1;

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run `npm run demo -- --headless` for screenshots, or run this on a desktop.');
  process.exit(2);
}

const fixtures = fixtureIndex();
const pick = (pred, fallback) => fixtures.find(pred)?.url ?? fallback;
const stops = [
  {
    name: '1-profile',
    url: pick((f) => f.kind === 'profile' && /connection/i.test(f.file + (f.about ?? '')), 'https://www.linkedin.com/in/jane-doe-42/'),
    panel: /^Vouch: Where you stand/,
  },
  {
    name: '2-request-form',
    url: pick((f) => f.kind === 'request-form', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/'),
    panel: /^Vouch: Ask for a recommendation/,
    project: 'the Atlas billing migration',
  },
  {
    name: '3-write-form',
    url: pick((f) => f.kind === 'write-form', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/write/'),
    panel: /^Vouch: Write a recommendation/,
    type: 'We worked together for three years at Mareas Labs, where she led our customer research. ',
  },
];

/** Polls `read` until `ok` holds of its value, for up to `ms`; returns the last value. */
async function until(read, ok, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the page has painted its last change (two frames: its own rendering is done). */
const painted = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Vouch's side panel for the LinkedIn tab: the side panel's own page bound to that tab
 * (`sidepanel.html?tab=`), which automation can reach and screenshot. With a display, it opens in
 * a window of its own just right of the LinkedIn page's window; headless, in a tab.
 */
async function panelBeside(browser, linkedin, tabId, index) {
  const url = `chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`;
  let panelPage;
  if (headless) {
    panelPage = await browser.context.newPage();
    await panelPage.goto(url);
  } else {
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
    await browser.worker.evaluate(
      async ({ url, tabId, index, page, panel }) => {
        const { windowId } = await chrome.tabs.get(tabId);
        const beside = { left: page.width + 16, top: index * 40, width: panel.width + 16, height: panel.height + 40 };
        // Placed beside the page's window where the screen has room; wherever the browser likes otherwise.
        await chrome.windows.update(windowId, { left: 0, top: 0, width: page.width + 16, height: page.height + 120 }).catch(() => {});
        await chrome.windows.create({ url, type: 'popup', ...beside }).catch(() => chrome.windows.create({ url, type: 'popup' }));
      },
      { url, tabId, index, page: PAGE, panel: PANEL },
    );
    panelPage = await opened;
  }
  await panelPage.setViewportSize(PANEL);
  await linkedin.bringToFront();
  return panelPage;
}

/** One picture of the page with its side panel at its right, composed in Chromium itself. */
async function sideBySide(browser, pageShot, panelShot, file) {
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize({ width: PAGE.width + DIVIDER + PANEL.width, height: PAGE.height });
  await sheet.setContent(
    `<!doctype html><body style="margin:0;display:flex;background:#c7c7c7;gap:${DIVIDER}px">` +
      `<img alt="" src="data:image/png;base64,${pageShot.toString('base64')}">` +
      `<img alt="" src="data:image/png;base64,${panelShot.toString('base64')}"></body>`,
  );
  await sheet.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await sheet.screenshot({ path: file });
  await sheet.close();
}

const browser = await launch({ extension: PROD_BUILD, headless });
const shots = [];
try {
  const dashboardUrl = `chrome-extension://${browser.extensionId}/dashboard.html`;
  const dash = await browser.context.newPage();
  await dash.goto(dashboardUrl);
  await seedDemoData(dash);

  for (const [index, stop] of stops.entries()) {
    // A tab the extension opened, so that its id is known; opened blank and then sent to the page,
    // so that the bundled page answers it.
    const { page, tabId } = await openTab(browser, 'about:blank');
    await page.setViewportSize(PAGE);
    await page.goto(stop.url, { waitUntil: 'domcontentloaded' });
    const panelPage = await panelBeside(browser, page, tabId, index);
    const panel = panelPage.locator('section.vouch-panel');
    const label = await until(() => panel.getAttribute('aria-label', { timeout: 1_000 }), (l) => stop.panel.test(l ?? ''));
    // A screenshot without Vouch's panel on it shows nothing: say so and fail, rather than save it.
    if (!stop.panel.test(label ?? '')) {
      throw new Error(`Vouch's side panel showed ${JSON.stringify(label)} beside ${stop.url}, not ${stop.panel}: is the build in .output/chrome-mv3 current?`);
    }
    if (stop.project) {
      // A talking point, and the message put in LinkedIn's box with the panel's button.
      await panel.getByLabel('Project').fill(stop.project);
      await panel.getByRole('button', { name: 'Use this message' }).click();
      const box = page.locator('textarea').first();
      await until(() => box.inputValue({ timeout: 1_000 }), (v) => (v ?? '').includes(stop.project));
    }
    if (stop.type) {
      const box = page.locator('textarea, [contenteditable="true"]').first();
      await box.click();
      await page.keyboard.type(stop.type, { delay: 2 });
      // The coach beside the box has read what was typed.
      await until(() => panel.getByTestId('length').textContent({ timeout: 1_000 }), (t) => (t ?? '').startsWith(`${stop.type.length} /`));
    }
    await painted(page);
    const pageShot = await page.screenshot();
    await panelPage.bringToFront();
    await painted(panelPage);
    const panelShot = await panelPage.screenshot();
    await page.bringToFront();
    const file = join(outDir, `${stop.name}.png`);
    await sideBySide(browser, pageShot, panelShot, file);
    shots.push(file);
    if (headless) await Promise.all([page.close(), panelPage.close()]);
  }

  await dash.reload();
  await dash.locator('nav[aria-label="Dashboard views"] button').first().waitFor();
  const views = await dash.locator('nav[aria-label="Dashboard views"] button').allTextContents();
  for (const [i, label] of views.entries()) {
    await dash.getByRole('button', { name: label, exact: true }).click();
    // The view is shown, and has read what it shows.
    await until(() => dash.getByRole('button', { name: label, exact: true }).getAttribute('aria-current', { timeout: 1_000 }), (v) => v === 'page');
    await until(() => dash.locator('main').textContent({ timeout: 1_000 }), (t) => t !== undefined && !/Loading/.test(t));
    await dash.bringToFront();
    await painted(dash);
    const file = join(outDir, `4-dashboard-${i + 1}-${label.toLowerCase().replace(/[^a-z]+/g, '-')}.png`);
    await dash.screenshot({ path: file, fullPage: true });
    shots.push(file);
  }
  if (readme) {
    const dest = join(ROOT, 'tests/demo/screenshots');
    mkdirSync(dest, { recursive: true });
    for (const f of shots) copyFileSync(f, join(dest, f.split('/').pop()));
  }
  writeFileSync(join(outDir, 'screenshots.json'), JSON.stringify({ page: PAGE, panel: PANEL, divider: DIVIDER, shots }, null, 2));
  console.log('\nScreenshots:');
  for (const f of shots) console.log(`  ${f}`);
  if (!headless) {
    console.log("\nChromium is open with Vouch loaded on the bundled pages, each with Vouch's side panel in a window beside it.");
    console.log("Vouch's toolbar button (or Alt+Shift+V) opens the browser's own side panel too. Close the windows to finish.");
    await new Promise((resolve) => browser.context.on('close', resolve));
  }
} finally {
  await browser.close().catch(() => {});
}
