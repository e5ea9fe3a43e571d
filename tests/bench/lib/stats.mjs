// Small statistics for timings: medians resist the odd slow run that a shared machine produces.

/** The median of a list of numbers (mean of the middle two for an even count); NaN when empty. */
export function median(values) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The nearest-rank percentile (p in 0..100): a value that was actually observed, never interpolated. */
export function percentile(values, p) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * xs.length);
  return xs[Math.min(xs.length, Math.max(1, rank)) - 1];
}

/** Rounds for display and for the results file, keeping small figures readable (0.0123 → 0.0123). */
export function round(x, digits = 2) {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const d = abs !== 0 && abs < 0.1 ? Math.max(digits, 1 - Math.floor(Math.log10(abs)) + 1) : digits;
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/**
 * An interval that holds the true median with about 95% confidence, from order statistics alone
 * (no assumption about the distribution): for n values, the k-th smallest and the k-th largest
 * with k = ⌊(n − 1.96√n) / 2⌋ + 1. [NaN, NaN] below 6 values, where no such k exists.
 */
export function medianInterval(values) {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const k = Math.floor((xs.length - 1.96 * Math.sqrt(xs.length)) / 2);
  if (xs.length < 6 || k < 0) return [NaN, NaN];
  return [xs[k], xs[xs.length - 1 - k]];
}
