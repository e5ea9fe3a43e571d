// How much each section measures. The full run measures at LinkedIn's own limits (30,000
// connections); the smoke run (`--smoke`, part of `npm test`) runs every section once on tiny
// sizes, to show that the bench still runs, never how fast anything is.

/** @typedef {typeof FULL} Sizes */
export const FULL = {
  name: 'full',
  /** Warm-up rounds before the measured ones in the side-by-side sections. */
  warmups: 1,
  /** Measured runs per variant unless a section asks for more (`--runs=N` changes it). */
  runs: 5,
  feedRuns: 21,
  stormMs: 10_000,
  stormWarmupMs: 2_000,
  panelRuns: 7,
  storeRuns: 11,
  heapRuns: 3,
  heapEarly: 10,
  heapLate: 200,
  contacts: 30_000,
  events: 300_000,
  summaryWarmup: 20,
  summarySamples: 200,
  connections: 30_000,
};

/** @type {Sizes} */
export const SMOKE = {
  name: 'smoke',
  warmups: 0,
  runs: 1,
  feedRuns: 1,
  stormMs: 1_000,
  stormWarmupMs: 500,
  panelRuns: 1,
  storeRuns: 1,
  heapRuns: 1,
  heapEarly: 2,
  heapLate: 6,
  contacts: 200,
  events: 2_000,
  summaryWarmup: 2,
  summarySamples: 10,
  connections: 200,
};
