import { describe, expect, it } from 'vitest';
import { followUpGroup, followUpTiming, followUpVars, groupFollowUps } from '@/components/dashboard/follow-up-plan';
import { standing } from './helpers';

describe('followUpTiming', () => {
  it.each([
    [14, 14, 'due-today', 0],
    [15, 14, 'overdue', 1],
    [40, 14, 'overdue', 26],
    [3, 3, 'due-today', 0],
    // Not yet due cannot reach this list, but must not read as overdue either.
    [10, 14, 'due-today', 0],
  ])('%i days with a %i-day delay → %s (late %i)', (days, after, timing, late) => {
    expect(followUpTiming(days, after)).toEqual({ timing, late });
  });
});

describe('groupFollowUps', () => {
  it('uses each contact’s own delay before the default', () => {
    const rows = [
      standing('a', 'A A', { status: 'waiting', days: 14 }),
      standing('b', 'B B', { status: 'waiting', days: 14, contact: { reminderAfterDays: 7 } }),
      standing('c', 'C C', { status: 'agreed', days: 20 }),
    ];
    const g = groupFollowUps(rows, 14);
    expect(g.dueToday.map((r) => r.contactId)).toEqual(['a']);
    expect(g.overdue.map((r) => r.contactId)).toEqual(['b', 'c']);
  });
});

describe('followUpVars and followUpGroup', () => {
  it.each([
    [{ name: 'Jane Doe', firstName: 'Janie' }, 'Janie'],
    [{ name: 'Jane Doe' }, 'Jane'],
    [{ name: 'Cher' }, 'Cher'],
    [{ name: 'jane-doe-42' }, null],
    [{ name: '   ' }, null],
  ])('first name of %j is %j', (c, first) => {
    expect(followUpVars(c, 'Alex')).toEqual({ firstName: first, myName: 'Alex' });
  });
  it.each([
    ['peer', 'peer'],
    ['junior', 'report'],
    ['mentee', 'report'],
    ['classmate', 'classmate'],
    [undefined, 'peer'],
  ] as const)('relationship %s uses the %s templates', (relationship, group) => {
    expect(followUpGroup(relationship ? { relationship } : null)).toBe(group);
  });
});
