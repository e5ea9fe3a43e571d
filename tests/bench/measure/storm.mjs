// Storm: frames and long tasks while the feed swaps thousands of nodes every frame.
import { LINKEDIN, pause, retryOnce } from '../lib/browser.mjs';
import { percentile } from '../lib/stats.mjs';
import { STORM_PATH } from '../pages/storm.mjs';

export const FRAME_MS = 1_000 / 60;

/** Frame intervals from rAF timestamps, and how late each frame was against a 60 Hz budget. */
export function frameStats(timestamps) {
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]);
  const lateness = intervals.map((d) => Math.max(0, d - FRAME_MS));
  return { frames: intervals.length, p95IntervalMs: percentile(intervals, 95), p95LatenessMs: percentile(lateness, 95) };
}

/** One storm in a new tab, after the content script has started (document_idle) and settled. */
export async function stormRun(browser, { ms, nodesPerFrame }) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${LINKEDIN}${STORM_PATH}`, { waitUntil: 'load' });
    await pause(1_000);
    const { frames, longTasks } = await page.evaluate(([ms, n]) => window.__benchStorm(ms, n), [ms, nodesPerFrame]);
    return { ...frameStats(frames), longTasks };
  } finally {
    await page.close();
  }
}

/** Vouch and the do-nothing extension under the same storms, in alternation. */
export async function stormSection({ vouch, noop, runs, warmups = 1, interleave, median, ms = 10_000, warmupMs = 2_000, nodesPerFrame = 1_000 }) {
  const samples = { vouch: [], noop: [] };
  for (const slot of interleave(['vouch', 'noop'], { warmups, runs })) {
    // Warm-ups are short: they only get both browsers past their first storm.
    const r = await retryOnce(`storm (${slot.variant})`, () => stormRun(slot.variant === 'vouch' ? vouch : noop, { ms: slot.warmup ? warmupMs : ms, nodesPerFrame }));
    if (!slot.warmup) samples[slot.variant].push(r);
  }
  const med = (v, key) => median(samples[v].map((r) => r[key]));
  const longTasks = med('vouch', 'longTasks');
  const longBaseline = med('noop', 'longTasks');
  return {
    rows: [
      ['storm', {
        value: med('vouch', 'p95LatenessMs'),
        baseline: med('noop', 'p95LatenessMs'),
        ratio: med('vouch', 'p95IntervalMs') / med('noop', 'p95IntervalMs'),
        note: `p95 frame time ${med('vouch', 'p95IntervalMs').toFixed(1)} vs ${med('noop', 'p95IntervalMs').toFixed(1)} ms (the ratio); lateness is past 16.7 ms; ${nodesPerFrame} elements in and out per frame for ${ms / 1_000} s, ${runs} runs each`,
      }],
      ['stormLongTasks', { value: longTasks, baseline: longBaseline, ratio: longBaseline > 0 ? longTasks / longBaseline : longTasks === 0 ? 1 : null }],
    ],
    samples,
  };
}
