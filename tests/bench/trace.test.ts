import { describe, expect, it } from 'vitest';
import { extensionTime } from './lib/trace.mjs';
import { medianInterval } from './lib/stats.mjs';

const EXT = 'chrome-extension://abc/content-scripts/linkedin.js';
const ev = (name: string, tid: number, ts: number, dur: number, tdur: number, url?: string, inFileName = false) => ({
  name,
  ph: 'X',
  tid,
  ts,
  dur,
  tdur,
  args: url === undefined ? {} : inFileName ? { fileName: url } : { data: { url } },
});

describe('extensionTime: what the extension costs a tab, from its trace', () => {
  it('counts its evaluation once with the compile inside it, and its callbacks', () => {
    const got = extensionTime([
      ev('EvaluateScript', 1, 100, 5_000, 4_000, EXT),
      ev('v8.compile', 1, 200, 1_000, 1_000, EXT),
      ev('v8.run', 1, 1_300, 3_000, 2_900, EXT, true),
      ev('FunctionCall', 1, 90_000, 2_000, 1_500, EXT),
      ev('FunctionCall', 1, 200_000, 9_000, 9_000, 'https://www.linkedin.com/app.js'),
      ev('Layout', 1, 300_000, 9_000, 9_000),
    ]);
    expect(got).toEqual({ ms: 5.5, count: 2 });
  });

  it('is zero where the extension runs nothing', () => {
    expect(extensionTime([ev('EvaluateScript', 1, 0, 9_000, 9_000, 'https://www.linkedin.com/app.js')])).toEqual({ ms: 0, count: 0 });
  });

  it('keeps threads apart, and ignores events that are not complete ones', () => {
    const got = extensionTime([ev('FunctionCall', 1, 0, 1_000, 1_000, EXT), ev('FunctionCall', 2, 100, 500, 500, EXT), { ...ev('FunctionCall', 1, 0, 0, 0, EXT), ph: 'B' }]);
    expect(got).toEqual({ ms: 1.5, count: 2 });
  });
});

describe('medianInterval', () => {
  it('takes order statistics around the median, wider than the middle', () => {
    const xs = Array.from({ length: 11 }, (_, i) => i); // k = ⌊(11 − 6.5) / 2⌋ = 2
    expect(medianInterval(xs)).toEqual([2, 8]);
    expect(medianInterval([...xs].reverse())).toEqual([2, 8]);
  });
  it('has no interval for fewer than 6 values', () => expect(medianInterval([1, 2, 3, 4, 5]).every(Number.isNaN)).toBe(true));
});
