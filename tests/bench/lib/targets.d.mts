export interface Measured {
  value: number | null;
  baseline?: number | null;
  ratio?: number | null;
  /** The largest sample, where the target bounds it too (the panel). */
  max?: number | null;
  note?: string;
}
export interface Target {
  name: string;
  unit: string;
  target: string;
  pass(m: Measured): boolean;
}
export type MetricId =
  | 'feed'
  | 'storm'
  | 'stormLongTasks'
  | 'panel'
  | 'coach'
  | 'requestChecks'
  | 'summary'
  | 'dashboard'
  | 'ledger'
  | 'import'
  | 'bundle'
  | 'gzip'
  | 'heap';
export function targetsFor(sizes: import('./sizes.mjs').Sizes): Record<MetricId, Target>;
export const TARGETS: Record<MetricId, Target>;
export interface MetricRow {
  name: string;
  value: number | null;
  unit: string;
  target: string;
  pass: boolean;
  ratio?: number | null;
  baseline?: number | null;
  note?: string;
}
export function metricRow(id: MetricId, measured: Measured, targets?: Record<MetricId, Target>): MetricRow;
