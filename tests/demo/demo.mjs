#!/usr/bin/env node
// `npm run demo`: builds Vouch, starts Chromium with it on the bundled LinkedIn-like pages (no
// account, no network), and walks a profile, the request form, the write form and the dashboard.
//   npm run demo                 a window stays open for you to try Vouch (needs a display)
//   npm run demo -- --headless   saves screenshots, prints their paths and exits
//   add --readme to also refresh the screenshots the README shows (tests/demo/screenshots/)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, fixtureIndex, PROD_BUILD, ROOT } from '../e2e/harness.mjs';
import { seedDemoData } from './seed.mjs';

const headless = process.argv.includes('--headless');
const readme = process.argv.includes('--readme');
const outDir = join(ROOT, '.demo');
mkdirSync(outDir, { recursive: true });

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
  { name: '1-profile', url: pick((f) => f.kind === 'profile' && /connection/i.test(f.file + (f.about ?? '')), 'https://www.linkedin.com/in/jane-doe-42/') },
  { name: '2-request-form', url: pick((f) => f.kind === 'request-form', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/') },
  { name: '3-write-form', url: pick((f) => f.kind === 'write-form', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/write/'), type: true },
];

const browser = await launch({ extension: PROD_BUILD, headless });
const shots = [];
try {
  const dashboardUrl = `chrome-extension://${browser.extensionId}/dashboard.html`;
  const dash = await browser.context.newPage();
  await dash.goto(dashboardUrl);
  await seedDemoData(dash);

  for (const stop of stops) {
    const page = await browser.open(stop.url);
    const shown = await page.waitForSelector('vouch-panel', { state: 'attached', timeout: 10_000 }).then(() => true, () => false);
    // A screenshot without Vouch on it shows nothing: say so and fail, rather than save it.
    if (!shown) throw new Error(`Vouch's panel did not appear on ${stop.url}: is the build in .output/chrome-mv3 current?`);
    if (stop.type) {
      const box = page.locator('textarea, [contenteditable="true"]').first();
      if (await box.count()) {
        await box.click();
        await page.keyboard.type('We worked together for three years at Mareas Labs, where she led our customer research. ', { delay: 2 });
      }
    }
    await page.waitForTimeout(600);
    const file = join(outDir, `${stop.name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
    if (headless) await page.close();
  }

  await dash.reload();
  await dash.waitForTimeout(800);
  const views = await dash.locator('nav[aria-label="Dashboard views"] button').allTextContents();
  for (const [i, label] of views.entries()) {
    await dash.getByRole('button', { name: label, exact: true }).click();
    await dash.waitForTimeout(300);
    const file = join(outDir, `4-dashboard-${i + 1}-${label.toLowerCase().replace(/[^a-z]+/g, '-')}.png`);
    await dash.screenshot({ path: file, fullPage: true });
    shots.push(file);
  }
  if (readme) {
    const dest = join(ROOT, 'tests/demo/screenshots');
    mkdirSync(dest, { recursive: true });
    for (const f of shots) copyFileSync(f, join(dest, f.split('/').pop()));
  }
  console.log('\nScreenshots:');
  for (const f of shots) console.log(`  ${f}`);
  if (!headless) {
    console.log('\nChromium is open with Vouch loaded on the bundled pages. Close the window to finish.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  }
} finally {
  await browser.close().catch(() => {});
}
