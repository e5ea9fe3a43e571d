export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], p: number): number;
export function round(x: number, digits?: number): number;
export function medianInterval(values: readonly number[]): [number, number];
