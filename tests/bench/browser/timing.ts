/** What one function costs per call, measured in the browser that runs it for users. */
export interface PerCall {
  /** Median milliseconds per call over the samples. */
  median: number;
  /** The very first call: cold code, empty caches. */
  first: number;
  samples: number;
}

/**
 * Times `call(i)`: once cold, then after a warm-up in batches (the page's clock is coarse, a batch
 * of calls is not), giving the median per call. `call` gets a running index so that each call can
 * see a different input, as each keystroke does.
 */
export function timePerCall(call: (i: number) => unknown, { samples = 60, batch = 5, warmup = 20 } = {}): PerCall {
  let i = 0;
  const t0 = performance.now();
  call(i++);
  const first = performance.now() - t0;
  for (let w = 0; w < warmup; w++) call(i++);
  const perCall: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let b = 0; b < batch; b++) call(i++);
    perCall.push((performance.now() - start) / batch);
  }
  perCall.sort((a, b) => a - b);
  const mid = perCall.length >> 1;
  const median = perCall.length % 2 ? perCall[mid]! : (perCall[mid - 1]! + perCall[mid]!) / 2;
  return { median, first, samples: perCall.length };
}

/** The same text with its last character changed: what the next keystroke looks like. */
export function keystrokes(text: string, count = 64): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, k) => text.slice(0, -1) + letters[k % letters.length]! + (k >= letters.length ? ' ' + k : ''));
}
