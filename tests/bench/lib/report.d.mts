import type { MetricRow } from './targets.mjs';
export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  chromium: string;
  node: string;
}
export interface Results {
  machine: Machine;
  metrics: MetricRow[];
}
export function machineLine(machine: Machine): string;
export function formatTable(results: Results): string;
export function formatMarkdown(results: Results, date?: string): string;
