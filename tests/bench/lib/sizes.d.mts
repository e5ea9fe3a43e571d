export interface Sizes {
  name: string;
  warmups: number;
  runs: number;
  feedRuns: number;
  stormMs: number;
  stormWarmupMs: number;
  panelRuns: number;
  storeRuns: number;
  heapRuns: number;
  heapEarly: number;
  heapLate: number;
  contacts: number;
  events: number;
  summaryWarmup: number;
  summarySamples: number;
  connections: number;
}
export const FULL: Sizes;
export const SMOKE: Sizes;
