// Feed: main-thread time of a whole visit to a heavy feed (load, then scroll to the end while
// posts are added), from the DevTools protocol's counters of the tab's renderer, in thread time.
import { LINKEDIN, pause, retryOnce } from '../lib/browser.mjs';
import { FEED_PATH } from '../pages/feed.mjs';

const SCROLL_STEP = 1_000;
const BATCH = 30;
/** After the scroll, long enough for Vouch's one-second URL check to have run. */
const SETTLE_MS = 1_200;

/**
 * One visit in a new tab. Each tab gets a renderer process of its own, whose counters start at
 * zero: they cover exactly this visit, content scripts included.
 */
export async function feedRun(browser) {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    // Thread time, not wall time: on a shared machine the renderer waits for a core, and that wait is
    // nobody's work.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${LINKEDIN}${FEED_PATH}`, { waitUntil: 'load' });
    const posts = await page.evaluate(([step, batch]) => window.__benchScroll(step, batch), [SCROLL_STEP, BATCH]);
    await pause(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1_000]));
    // What the bench itself asked of the page is not the page's work, nor Vouch's.
    const devtools = m.DevToolsCommandDuration ?? 0;
    return { mainMs: m.TaskDuration - devtools, scriptMs: m.ScriptDuration, compileMs: m.V8CompileDuration, posts };
  } finally {
    await page.close();
  }
}

/** Vouch and the do-nothing extension, visit after visit, in alternation. */
export async function feedSection({ vouch, noop, runs, warmups = 1, interleave, median }) {
  const samples = { vouch: [], noop: [] };
  for (const slot of interleave(['vouch', 'noop'], { warmups, runs })) {
    const r = await retryOnce(`feed (${slot.variant})`, () => feedRun(slot.variant === 'vouch' ? vouch : noop));
    if (!slot.warmup) samples[slot.variant].push(r);
  }
  const main = (v) => median(samples[v].map((r) => r.mainMs));
  const script = (v) => median(samples[v].map((r) => r.scriptMs));
  const compile = (v) => median(samples[v].map((r) => r.compileMs));
  const value = main('vouch');
  const baseline = main('noop');
  // The page's own work (layout, paint, its scripts) varies by some 5% from visit to visit, far more
  // than the few milliseconds the target is about, so the difference of the two medians can even
  // come out negative. On the feed Vouch adds only its own script (it touches no DOM there), so the
  // difference in script and compile time is a steadier reading of its cost: the larger of the two
  // is what counts against the target, so that noise never passes it.
  const ownWork = script('vouch') + compile('vouch') - (script('noop') + compile('noop'));
  const extra = Math.max(value - baseline, ownWork);
  return {
    rows: [
      [
        'feed',
        {
          value,
          baseline,
          ratio: value / baseline,
          extra,
          note: `${extra.toFixed(1)} ms extra, the larger of the medians' difference (${(value - baseline).toFixed(1)} ms of main-thread CPU time) and the difference in script and compile time (script ${script('vouch').toFixed(1)} vs ${script('noop').toFixed(1)} ms, compiling ${compile('vouch').toFixed(1)} vs ${compile('noop').toFixed(1)} ms); ${samples.vouch[0]?.posts} posts; ${runs} runs each`,
        },
      ],
    ],
    samples,
  };
}
