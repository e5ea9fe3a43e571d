// Heap: the page's JS heap (Vouch's isolated world shares it) after 200 SPA navigations between
// a profile, the request form and the feed, over the heap after 10. Garbage is collected first,
// so only what is still held counts. The row is measured as users run the browser. One run without
// V8's compilers (JITLESS) goes in the note: it tells the data the scripts keep apart from the
// machine code V8 makes for functions as they get hot (see docs/performance.md).
import { LINKEDIN } from '../lib/browser.mjs';
import { SPA_PATHS } from '../pages/spa.mjs';

async function heapAfterGc(cdp) {
  // Two collections: the first can leave finalizer-held objects for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function heapRun(browser, { early = 10, late = 200 } = {}) {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await page.goto(`${LINKEDIN}${SPA_PATHS.profile}`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.enable');
    await page.evaluate((n) => window.__benchNavigate(n), early);
    const earlyBytes = await heapAfterGc(cdp);
    await page.evaluate((n) => window.__benchNavigate(n), late - early);
    const lateBytes = await heapAfterGc(cdp);
    return { earlyBytes, lateBytes, ratio: lateBytes / earlyBytes, path: new URL(page.url()).pathname };
  } finally {
    await page.close();
  }
}

/** Chromium's flag for V8 without its compilers: bytecode only, no machine code made at run time. */
export const JITLESS = ['--js-flags=--jitless'];

/** `vouch` and `noop` run as users run them, `vouchJitless` without V8's compilers (JITLESS). */
export async function heapSection({ vouch, noop, vouchJitless, runs, median, early = 10, late = 200 }) {
  const vouchRuns = [];
  for (let i = 0; i < runs; i++) vouchRuns.push(await heapRun(vouch, { early, late }));
  const pageOnly = await heapRun(noop, { early, late });
  const jitless = await heapRun(vouchJitless, { early, late });
  const kb = (b) => (b / 1024).toFixed(0);
  const earlyBytes = median(vouchRuns.map((r) => r.earlyBytes));
  const lateBytes = median(vouchRuns.map((r) => r.lateBytes));
  return {
    rows: [['heap', {
      value: median(vouchRuns.map((r) => r.ratio)),
      note: `${kb(earlyBytes)} KiB after ${early}, ${kb(lateBytes)} KiB after ${late} (medians of ${runs}); the page with the do-nothing extension: ${kb(pageOnly.earlyBytes)} → ${kb(pageOnly.lateBytes)} KiB (ratio ${pageOnly.ratio.toFixed(3)}). Without V8's compilers, one run: ${kb(jitless.earlyBytes)} → ${kb(jitless.lateBytes)} KiB (ratio ${jitless.ratio.toFixed(3)}); the difference is machine code for functions as they get hot`,
    }]],
    samples: { vouch: vouchRuns, noop: pageOnly, vouchJitless: jitless },
  };
}
