import { interleave } from './lib/schedule.mjs';

describe('interleave', () => {
  it('warms each variant up, then alternates which goes first each round', () => {
    const order = interleave(['vouch', 'noop'], { warmups: 1, runs: 3 }).map((s) => `${s.warmup ? 'w:' : ''}${s.variant}`);
    expect(order).toEqual(['w:vouch', 'w:noop', 'noop', 'vouch', 'vouch', 'noop', 'noop', 'vouch']);
  });
  it('gives each variant exactly the measured runs asked for', () => {
    const order = interleave(['a', 'b'], { runs: 5 });
    for (const v of ['a', 'b']) expect(order.filter((s) => s.variant === v && !s.warmup)).toHaveLength(5);
    expect(order.filter((s) => s.warmup)).toHaveLength(2);
  });
  it('never runs one variant twice in a row within a round', () => {
    const order = interleave(['a', 'b'], { warmups: 0, runs: 4 });
    for (let r = 0; r < 4; r++) expect(new Set(order.filter((s) => s.round === r).map((s) => s.variant)).size).toBe(2);
  });
  it('has no warm-up when none is asked', () => {
    expect(interleave(['a', 'b'], { warmups: 0, runs: 1 }).some((s) => s.warmup)).toBe(false);
  });
});
