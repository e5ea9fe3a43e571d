// The targets, one entry per row of the results file. Each name contains the word of the
// issue's first column, so a reader (or a script) can find the row it cares about.
import { FULL } from './sizes.mjs';
import { round } from './stats.mjs';

const ok = (x) => typeof x === 'number' && Number.isFinite(x);

/** Ratios are compared rounded as they are shown, so "1.10" never fails as 1.1000004. */
const r2 = (x) => Math.round(x * 100) / 100;

const n = (x) => x.toLocaleString('en-US');

/**
 * The targets for one set of sizes (see sizes.mjs): the rows name the sizes they were measured at.
 * @param {import('./sizes.mjs').Sizes} sizes
 */
export function targetsFor(sizes) {
  return {
    feed: {
      name: 'feed: main-thread time, load and scroll',
      unit: 'ms',
      target: 'ratio ≤ 1.02 and < 3 ms extra',
      // `extra`, when the section gives it, is its estimate of what Vouch adds (see feed.mjs); the plain
      // difference of the two medians otherwise.
      pass: (m) =>
        ok(m.value) && ok(m.baseline) && ok(m.ratio) && r2(m.ratio) <= 1.02 && (ok(m.extra) ? m.extra : m.value - m.baseline) < 3,
    },
    storm: {
      name: 'storm: frame lateness p95',
      unit: 'ms',
      target: 'ratio ≤ 1.02 (on frame time)',
      pass: (m) => ok(m.value) && ok(m.ratio) && r2(m.ratio) <= 1.02,
    },
    stormLongTasks: {
      name: 'storm: long tasks',
      unit: 'count',
      target: 'no more than without Vouch',
      pass: (m) => ok(m.value) && ok(m.baseline) && m.value <= m.baseline,
    },
    panel: {
      name: 'panel: form in the page to its panel in the side panel',
      unit: 'ms',
      target: 'median < 100 ms, max < 200 ms',
      pass: (m) => ok(m.value) && m.value < 100 && ok(m.max) && m.max < 200,
    },
    bundle: { name: 'content script: minified, raw', unit: 'kB', target: '≤ 40 kB', pass: (m) => ok(m.value) && m.value <= 40 },
    coach: { name: 'coach: analyzeRecommendation, 3,000 chars', unit: 'ms', target: '< 5 ms', pass: (m) => ok(m.value) && m.value < 5 },
    requestChecks: {
      name: 'request checks: checkRequest vs 1,000 earlier messages',
      unit: 'ms',
      target: '< 5 ms',
      pass: (m) => ok(m.value) && m.value < 5,
    },
    summary: {
      name: `summary: contact.summary, ${n(sizes.contacts)} contacts / ${n(sizes.events)} events`,
      unit: 'ms',
      target: '< 5 ms',
      pass: (m) => ok(m.value) && m.value < 5,
    },
    dashboard: {
      name: `dashboard: ledger first render, ${n(sizes.contacts)} contacts`,
      unit: 'ms',
      target: '< 200 ms',
      pass: (m) => ok(m.value) && m.value < 200,
    },
    ledger: {
      name: `ledger: whole ledger in the page, ${n(sizes.contacts)} contacts`,
      unit: 's',
      target: '< 2 s',
      pass: (m) => ok(m.value) && m.value < 2,
    },
    import: {
      name: `import: parse, check and store ${n(sizes.connections)} connections`,
      unit: 's',
      target: '< 6 s',
      pass: (m) => ok(m.value) && m.value < 6,
    },
    gzip: { name: 'gzip: content script bundle', unit: 'kB', target: '< 80 kB', pass: (m) => ok(m.value) && m.value < 80 },
    heap: {
      name: `heap: after ${n(sizes.heapLate)} SPA navigations / after ${n(sizes.heapEarly)}`,
      unit: 'ratio',
      target: '≤ 1.1',
      pass: (m) => ok(m.value) && r2(m.value) <= 1.1,
    },
  };
}

/** The targets at the full run's sizes. */
export const TARGETS = targetsFor(FULL);

/**
 * One row of `.bench/results.json`. A figure that could not be measured is null and fails, with
 * a note that says why.
 * @param {keyof typeof TARGETS} id
 * @param {{ value: number | null, baseline?: number, ratio?: number, extra?: number, max?: number, note?: string }} measured
 * @param {ReturnType<typeof targetsFor>} [targets] the targets at the sizes measured
 */
export function metricRow(id, measured, targets = TARGETS) {
  const t = targets[id];
  if (!t) throw new Error(`Unknown metric ${id}`);
  const value = ok(measured.value) ? round(measured.value) : null;
  const row = { name: t.name, value, unit: t.unit, target: t.target, pass: value !== null && t.pass({ ...measured }) };
  if (measured.ratio !== undefined) row.ratio = ok(measured.ratio) ? round(measured.ratio, 3) : null;
  if (measured.baseline !== undefined) row.baseline = ok(measured.baseline) ? round(measured.baseline) : null;
  if (measured.note) row.note = measured.note;
  return row;
}
