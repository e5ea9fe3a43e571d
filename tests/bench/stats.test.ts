import { median, percentile, round } from './lib/stats.mjs';
import { frameStats, FRAME_MS } from './measure/storm.mjs';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[5, NaN, 1, 3], 3],
  ])('of %j is %d', (xs, want) => expect(median(xs)).toBe(want));
  it('is NaN for nothing (a missing figure never passes for zero)', () => expect(median([])).toBeNaN());
});

describe('percentile', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [95, 95],
    [50, 50],
    [100, 100],
    [0, 1],
  ])('p%d of 1..100 is %d', (p, want) => expect(percentile(xs, p)).toBe(want));
  it('returns an observed value, never an interpolated one', () => expect([10, 20]).toContain(percentile([10, 20], 95)));
  it('is NaN for nothing', () => expect(percentile([], 95)).toBeNaN());
});

describe('round', () => {
  it.each([
    [1.23456, 2, 1.23],
    [0.012345, 2, 0.0123],
    [1234.5678, 1, 1234.6],
    [0, 2, 0],
  ])('round(%d, %d) = %d', (x, d, want) => expect(round(x, d)).toBe(want));
});

describe('frameStats', () => {
  it('finds no lateness when every frame is on time', () => {
    const ts = Array.from({ length: 61 }, (_, i) => i * FRAME_MS);
    const s = frameStats(ts);
    expect(s.frames).toBe(60);
    expect(s.p95LatenessMs).toBeCloseTo(0, 6);
  });
  it('sees a janky frame once late frames are more than one in twenty', () => {
    const intervals = [...Array(90).fill(FRAME_MS), ...Array(10).fill(50)];
    const ts = intervals.reduce((acc, d) => [...acc, acc[acc.length - 1]! + d], [0]);
    expect(frameStats(ts).p95LatenessMs).toBeCloseTo(50 - FRAME_MS, 6);
    expect(frameStats(ts).p95IntervalMs).toBe(50);
  });
  it('lets a few late frames under 5% pass unseen, as a p95 should', () => {
    const intervals = [...Array(97).fill(FRAME_MS), ...Array(3).fill(80)];
    const ts = intervals.reduce((acc, d) => [...acc, acc[acc.length - 1]! + d], [0]);
    expect(frameStats(ts).p95LatenessMs).toBeCloseTo(0, 6);
  });
});
