import { describe, expect, it } from 'vitest';
import { balanceOf, barPercent, type Source } from '@/components/dashboard/balance';
import type { Relationship } from '@/storage/types';

const rel: Record<string, Relationship> = {
  boss: 'manager',
  elder: 'senior',
  pal: 'peer',
  junior: 'junior',
  kid: 'mentee',
  buyer: 'client',
  guide: 'mentor',
  mate: 'classmate',
};
const e = (contactId: string, type: 'received' | 'given' | 'note', deleted = false) => ({ contactId, type, ...(deleted ? { deletedAt: new Date() } : {}) });
const count = (b: ReturnType<typeof balanceOf>, s: Source) => b.bySource.find((c) => c.source === s)!;

describe('balanceOf', () => {
  it('counts each person once per direction, by the source their relationship falls in', () => {
    const b = balanceOf([e('boss', 'received'), e('boss', 'received'), e('pal', 'received'), e('pal', 'given'), e('junior', 'given')], (id) => rel[id]);
    expect(count(b, 'manager')).toEqual({ source: 'manager', received: 1, given: 0 });
    expect(count(b, 'peer')).toEqual({ source: 'peer', received: 1, given: 1 });
    expect(count(b, 'report')).toEqual({ source: 'report', received: 0, given: 1 });
    expect(b.received).toBe(2);
    expect(b.given).toBe(2);
  });

  it.each<[string, Parameters<typeof balanceOf>[0], string[], string[]]>([
    ['nothing received: every level missing', [], ['above', 'beside', 'below'], ['manager', 'senior', 'peer', 'report', 'client', 'mentor', 'classmate']],
    ['a mentor fills above', [e('guide', 'received')], ['beside', 'below'], ['manager', 'senior', 'peer', 'report', 'client', 'classmate']],
    ['a mentee counts as below', [e('kid', 'received')], ['above', 'beside'], ['manager', 'senior', 'peer', 'client', 'mentor', 'classmate']],
    ['a classmate fills beside', [e('mate', 'received')], ['above', 'below'], ['manager', 'senior', 'peer', 'report', 'client', 'mentor']],
    ['a client fills no level', [e('buyer', 'received')], ['above', 'beside', 'below'], ['manager', 'senior', 'peer', 'report', 'mentor', 'classmate']],
    ['given ones do not fill a level', [e('boss', 'given'), e('pal', 'given'), e('junior', 'given')], ['above', 'beside', 'below'], ['manager', 'senior', 'peer', 'report', 'client', 'mentor', 'classmate']],
    ['balanced', [e('elder', 'received'), e('pal', 'received'), e('junior', 'received')], [], ['manager', 'client', 'mentor', 'classmate']],
    ['a deleted recommendation does not count', [e('boss', 'received', true)], ['above', 'beside', 'below'], ['manager', 'senior', 'peer', 'report', 'client', 'mentor', 'classmate']],
  ])('%s', (_label, events, levels, sources) => {
    const b = balanceOf(events, (id) => rel[id]);
    expect(b.missingLevels).toEqual(levels);
    expect(b.missingSources).toEqual(sources);
  });

  it('puts people of unknown relationship apart, and ignores other events', () => {
    const b = balanceOf([e('stranger', 'received'), e('stranger', 'given'), e('boss', 'note')], (id) => rel[id]);
    expect(b.unknown).toEqual({ received: 1, given: 1 });
    expect(b.bySource.every((c) => c.received === 0 && c.given === 0)).toBe(true);
  });
});

describe('barPercent', () => {
  it.each([
    [0, 10, 0],
    [5, 10, 50],
    [10, 10, 100],
    [1, 1000, 2],
    [3, 0, 0],
    [-1, 5, 0],
  ])('%i of %i → %i%%', (v, max, pct) => expect(barPercent(v, max)).toBe(pct));
});
