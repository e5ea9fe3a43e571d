// Feed: main-thread time of a whole visit to a heavy feed (load, then scroll to the end while
// posts are added), from the DevTools protocol's counters of the tab's renderer, in thread time;
// and, from a trace of the same visit, the part of it that the extension's own scripts took.
import { LINKEDIN, pause, retryOnce } from '../lib/browser.mjs';
import { extensionTime, TRACE_CATEGORIES } from '../lib/trace.mjs';
import { FEED_PATH } from '../pages/feed.mjs';

const SCROLL_STEP = 1_000;
const BATCH = 30;
/** After the scroll, long enough for a content script's one-second URL check (Vouch's, where it runs) to have run. */
const SETTLE_MS = 1_200;
/** A visit that has not ended by then is stuck (a tab whose frames stopped): it fails, and is run again. */
const VISIT_LIMIT_MS = 120_000;

function within(promise, what) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not end within ${VISIT_LIMIT_MS / 1_000} s`)), VISIT_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

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
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(`${LINKEDIN}${FEED_PATH}`, { waitUntil: 'load' });
    // Headless Chromium draws frames only for the tab in front, and the scroll goes frame by frame.
    await page.bringToFront();
    const posts = await within(page.evaluate(([step, batch]) => window.__benchScroll(step, batch), [SCROLL_STEP, BATCH]), 'the scroll');
    await pause(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('Tracing.end');
    await within(traced, 'the trace');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1_000]));
    // What the bench itself asked of the page is not the page's work, nor Vouch's.
    const devtools = m.DevToolsCommandDuration ?? 0;
    const own = extensionTime(events);
    return { mainMs: m.TaskDuration - devtools, scriptMs: m.ScriptDuration, compileMs: m.V8CompileDuration, ownMs: own.ms, ownEvents: own.count, posts };
  } finally {
    await page.close();
  }
}

/**
 * Vouch and the do-nothing extension, visit after visit, in alternation.
 *
 * The page's own work (layout, paint, its scripts) varies by some 5% from visit to visit, and the
 * machine's speed drifts during a run: tens of milliseconds, far more than the few the target is
 * about. So the two are read apart:
 * - Vouch's own work: the thread time of every event the trace attributes to an extension script
 *   (its compile, evaluation and callbacks, with the layout and garbage collection inside them),
 *   Vouch's median minus the do-nothing extension's. Exact, and blind to what runs outside
 *   them (an isolated world's setup, which both extensions pay where they load).
 * - The whole visit: the median of the differences between the two visits of each round (so that
 *   a drift of the machine's speed cancels), with its 95% interval. It counts against the target
 *   only as far as it is established: its interval's lower end, when that exceeds Vouch's own work.
 */
export async function feedSection({ vouch, noop, runs, warmups = 1, interleave, median, medianInterval }) {
  const samples = { vouch: [], noop: [] };
  const rounds = new Map();
  for (const slot of interleave(['vouch', 'noop'], { warmups, runs })) {
    const r = await retryOnce(`feed (${slot.variant})`, () => feedRun(slot.variant === 'vouch' ? vouch : noop));
    if (slot.warmup) continue;
    samples[slot.variant].push(r);
    rounds.set(slot.round, { ...rounds.get(slot.round), [slot.variant]: r });
  }
  const of = (v, key) => median(samples[v].map((r) => r[key]));
  const value = of('vouch', 'mainMs');
  const baseline = of('noop', 'mainMs');
  const paired = [...rounds.values()].filter((r) => r.vouch && r.noop).map((r) => r.vouch.mainMs - r.noop.mainMs);
  const visitDiff = median(paired);
  const [low, high] = medianInterval(paired);
  const ownWork = of('vouch', 'ownMs') - of('noop', 'ownMs');
  const extra = Math.max(ownWork, Number.isFinite(low) ? low : visitDiff);
  const f = (x) => x.toFixed(1);
  const interval = Number.isFinite(low) ? `95% interval ${f(low)} to ${f(high)} ms` : 'too few runs for an interval, so it counts whole';
  return {
    rows: [
      [
        'feed',
        {
          value,
          baseline,
          ratio: (baseline + visitDiff) / baseline,
          extra,
          note:
            `${f(extra)} ms extra, the larger of Vouch's own scripts' time (${f(of('vouch', 'ownMs'))} vs ${f(of('noop', 'ownMs'))} ms, ` +
            `${of('vouch', 'ownEvents')} vs ${of('noop', 'ownEvents')} script events a visit) and what the whole visit establishes ` +
            `(median of the ${paired.length} paired differences ${f(visitDiff)} ms, ${interval}; the ratio is from it); ` +
            `script ${f(of('vouch', 'scriptMs'))} vs ${f(of('noop', 'scriptMs'))} ms, compiling ${f(of('vouch', 'compileMs'))} vs ${f(of('noop', 'compileMs'))} ms; ` +
            `${samples.vouch[0]?.posts} posts; ${runs} runs each`,
        },
      ],
    ],
    samples,
  };
}
