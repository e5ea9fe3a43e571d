import { describe, expect, it } from 'vitest';
import { daysAgo } from '@/components/shared/time-ago';
import { daysAgo as cardDaysAgo } from '@/components/profile-card/words';
import { daysAgo as dashboardDaysAgo } from '@/components/dashboard/words';

describe('daysAgo: how long ago, as a person reads it', () => {
  it.each([
    [-3, 'today'],
    [0, 'today'],
    [Number.NaN, 'today'],
    [1, 'yesterday'],
    [2, '2 days ago'],
    [12, '12 days ago'],
    [59, '59 days ago'],
    // From two months on, the exact day stops mattering.
    [60, '2 months ago'],
    [100, '3 months ago'],
    [364, '12 months ago'],
    [365, '12 months ago'],
    [366, 'a year ago'],
    [729, 'a year ago'],
    [731, '2 years ago'],
    [1971, '5 years ago'],
  ])('%s days: %s', (days, text) => expect(daysAgo(days)).toBe(text));

  it('is the wording of both the profile card and the dashboard', () => {
    for (const days of [0, 1, 12, 75, 1971]) {
      expect(cardDaysAgo(days)).toBe(daysAgo(days));
      expect(dashboardDaysAgo(days)).toBe(daysAgo(days));
    }
    expect(dashboardDaysAgo(undefined)).toBe('');
  });
});
