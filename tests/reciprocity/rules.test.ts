import { describe, expect, it } from 'vitest';
import {
  followUp,
  reciprocityOf,
  STATUSES,
  wholeDaysBetween,
  type HistoryEvent,
  type NextStepKind,
  type ReciprocityOptions,
  type ReciprocityStatus,
} from '@/storage/reciprocity';
import { RELATIONSHIPS, type EventType } from '@/storage/types';

const NOW = new Date('2025-06-01T12:00:00Z');
const DAY = 86_400_000;
/** An event `daysAgo` days before NOW (fractions allowed). */
const ev = (type: EventType, daysAgo: number, deleted = false): HistoryEvent => ({
  type,
  at: new Date(NOW.getTime() - daysAgo * DAY),
  ...(deleted ? { deletedAt: NOW } : {}),
});

interface Row {
  name: string;
  events: HistoryEvent[];
  opts?: ReciprocityOptions;
  status: ReciprocityStatus;
  days?: number;
  step: NextStepKind | null;
}

const PEER: ReciprocityOptions = { relationship: 'peer' };

// Every status, then every precedence pair (the higher one must win, in either order of events).
const TABLE: Row[] = [
  // one of each status
  { name: 'no history', events: [], status: 'none', step: 'give-first' },
  { name: 'only notes and thanks', events: [ev('note', 3), ev('thanked', 2)], status: 'none', step: 'give-first' },
  { name: 'both ways', events: [ev('received', 30), ev('given', 10)], status: 'mutual', days: 10, step: null },
  { name: 'they recommended, not thanked', events: [ev('received', 5)], status: 'you-owe', days: 5, step: 'thank-and-write' },
  { name: 'they recommended, thanked', events: [ev('received', 5), ev('thanked', 4)], status: 'you-owe', days: 5, step: 'write-back' },
  { name: 'thanks before the recommendation do not count', events: [ev('thanked', 9), ev('received', 5)], status: 'you-owe', step: 'thank-and-write' },
  { name: 'they asked', events: [ev('request-received', 3)], status: 'they-asked', days: 3, step: 'write' },
  { name: 'request declined', events: [ev('request-sent', 20), ev('declined', 2)], status: 'declined', days: 2, step: null },
  { name: 'declined with no ask recorded', events: [ev('declined', 1)], status: 'declined', days: 1, step: null },
  { name: 'agreed', events: [ev('request-sent', 8), ev('agreed', 6)], opts: PEER, status: 'agreed', days: 6, step: 'wait' },
  { name: 'asked', events: [ev('request-sent', 12)], opts: PEER, status: 'waiting', days: 12, step: 'wait' },
  { name: 'heads-up counts as asking', events: [ev('heads-up-sent', 2)], status: 'waiting', days: 2, step: 'wait' },
  { name: 'a green light is not an ask: post once they approve', events: [ev('green-light-asked', 2)], status: 'none', step: 'post' },
  { name: 'a green light after a given one: post the new one', events: [ev('given', 30), ev('green-light-asked', 2)], status: 'they-owe', days: 30, step: 'post' },
  { name: 'a green light answered by posting', events: [ev('green-light-asked', 5), ev('given', 2)], status: 'they-owe', days: 2, step: 'offer' },
  { name: 'user recommended them', events: [ev('given', 40)], status: 'they-owe', days: 40, step: 'offer' },
  { name: 'they-owe makes no offer when do-not-nudge', events: [ev('given', 40)], opts: { doNotNudge: true }, status: 'they-owe', step: null },

  // precedence: mutual beats everything
  { name: 'mutual > pending ask', events: [ev('received', 9), ev('given', 8), ev('request-sent', 1)], status: 'mutual', step: null },
  { name: 'mutual > they asked', events: [ev('given', 9), ev('received', 8), ev('request-received', 1)], status: 'mutual', step: null },
  { name: 'mutual > declined', events: [ev('given', 9), ev('received', 8), ev('declined', 1)], status: 'mutual', step: null },
  // you-owe beats everything below it
  { name: 'you-owe > they-asked', events: [ev('request-received', 9), ev('received', 8)], status: 'you-owe', days: 8, step: 'thank-and-write' },
  { name: 'you-owe > their later ask', events: [ev('received', 8), ev('request-received', 1)], status: 'you-owe', step: 'thank-and-write' },
  { name: 'you-owe > declined', events: [ev('request-sent', 9), ev('declined', 8), ev('received', 2)], status: 'you-owe', step: 'thank-and-write' },
  { name: 'you-owe > agreed (it arrived)', events: [ev('request-sent', 9), ev('agreed', 8), ev('received', 2)], status: 'you-owe', step: 'thank-and-write' },
  { name: 'you-owe > waiting (whatever was asked before)', events: [ev('request-sent', 9), ev('received', 2)], status: 'you-owe', step: 'thank-and-write' },
  { name: 'you-owe > an ask after it', events: [ev('received', 9), ev('request-sent', 2)], status: 'you-owe', step: 'thank-and-write' },
  // they-asked beats the user's own pending matters
  { name: 'they-asked > declined', events: [ev('request-sent', 9), ev('declined', 8), ev('request-received', 2)], status: 'they-asked', step: 'write' },
  { name: 'they-asked > agreed', events: [ev('request-sent', 9), ev('agreed', 8), ev('request-received', 2)], status: 'they-asked', step: 'write' },
  { name: 'they-asked > waiting', events: [ev('request-sent', 9), ev('request-received', 2)], status: 'they-asked', step: 'write' },
  { name: 'they-asked > waiting, either order', events: [ev('request-received', 9), ev('request-sent', 2)], status: 'they-asked', days: 9, step: 'write' },
  { name: 'they-asked > an older given', events: [ev('given', 300), ev('request-received', 2)], status: 'they-asked', step: 'write' },
  { name: 'answered ask is not they-asked', events: [ev('request-received', 9), ev('given', 2)], status: 'they-owe', days: 2, step: 'offer' },
  // declined vs agreed vs waiting: the latest answer to the latest ask
  { name: 'declined > agreed before it', events: [ev('agreed', 9), ev('declined', 2)], status: 'declined', step: null },
  { name: 'agreed after a decline (changed their mind)', events: [ev('declined', 9), ev('agreed', 2)], opts: PEER, status: 'agreed', days: 2, step: 'wait' },
  { name: 'a new ask after a decline is waiting', events: [ev('request-sent', 30), ev('declined', 20), ev('request-sent', 3)], opts: PEER, status: 'waiting', days: 3, step: 'wait' },
  { name: 'agreed > the formal request after the yes', events: [ev('heads-up-sent', 9), ev('agreed', 8), ev('request-sent', 7)], opts: PEER, status: 'agreed', days: 8, step: 'wait' },
  { name: 'declined > they-owe', events: [ev('given', 30), ev('request-sent', 20), ev('declined', 2)], status: 'declined', step: null },
  { name: 'agreed > they-owe', events: [ev('given', 30), ev('agreed', 2)], opts: PEER, status: 'agreed', step: 'wait' },
  { name: 'waiting > they-owe', events: [ev('given', 30), ev('request-sent', 2)], opts: PEER, status: 'waiting', step: 'wait' },
  { name: 'a reminder alone is not an ask', events: [ev('reminder-sent', 2)], status: 'none', step: 'give-first' },

  // deleted events are ignored
  { name: 'deleted received is ignored', events: [ev('received', 5, true), ev('request-sent', 3)], opts: PEER, status: 'waiting', step: 'wait' },
  { name: 'deleted decline is ignored', events: [ev('request-sent', 5), ev('declined', 3, true)], opts: PEER, status: 'waiting', days: 5, step: 'wait' },
  { name: 'everything deleted', events: [ev('given', 5, true), ev('received', 3, true)], status: 'none', step: 'give-first' },

  // days are whole days, never negative
  { name: '23 hours is 0 days', events: [ev('request-sent', 23 / 24)], status: 'waiting', days: 0, step: 'wait' },
  { name: 'an event in the future is 0 days', events: [ev('request-sent', -2)], status: 'waiting', days: 0, step: 'wait' },
];

describe('reciprocityOf: the rules table', () => {
  it.each(TABLE)('$name → $status', ({ events, opts, status, days, step }) => {
    const r = reciprocityOf(events, NOW, opts);
    expect(r.status).toBe(status);
    if (days !== undefined) expect(r.days).toBe(days);
    expect(r.nextStep?.kind ?? null).toBe(step);
    if (r.nextStep) expect(r.nextStep.label.length).toBeGreaterThan(0);
  });

  it('covers every status', () => {
    const covered = new Set(TABLE.map((r) => r.status));
    expect([...covered].sort()).toEqual([...STATUSES].sort());
  });

  it('does not depend on the order events are given in', () => {
    for (const row of TABLE) {
      const reversed = reciprocityOf([...row.events].reverse(), NOW, row.opts);
      expect(reversed, row.name).toEqual(reciprocityOf(row.events, NOW, row.opts));
    }
  });

  it('has no days when there is no history', () => {
    expect(reciprocityOf([], NOW).days).toBeUndefined();
  });
});

describe('follow-up etiquette', () => {
  const welcome = ['peer', 'junior', 'report', 'mentee', 'classmate'] as const;
  const higherUps = ['manager', 'senior', 'mentor', 'client'] as const;

  it('splits every relationship into welcome or let-go', () => {
    expect([...welcome, ...higherUps].sort()).toEqual([...RELATIONSHIPS].sort());
  });

  for (const pending of ['waiting', 'agreed'] as const) {
    const base = pending === 'waiting' ? [ev('request-sent', 20)] : [ev('request-sent', 30), ev('agreed', 20)];
    const withReminder = [...base, ev('reminder-sent', 5)];

    describe(`while ${pending}`, () => {
      it.each(welcome)('one gentle reminder for a %s after the default 14 days', (relationship) => {
        expect(reciprocityOf(base, NOW, { relationship }).nextStep?.kind).toBe('remind');
      });
      it.each(higherUps)('never a reminder for a %s: let it go', (relationship) => {
        expect(reciprocityOf(base, NOW, { relationship }).nextStep?.kind).toBe('let-go');
      });
      it.each(RELATIONSHIPS)('never a second reminder (%s)', (relationship) => {
        expect(reciprocityOf(withReminder, NOW, { relationship }).nextStep?.kind).toBe('let-go');
      });
      it.each(RELATIONSHIPS)('never when do-not-nudge (%s)', (relationship) => {
        expect(reciprocityOf(base, NOW, { relationship, doNotNudge: true }).nextStep?.kind).toBe('let-go');
      });
      it('asks for the relationship rather than guessing', () => {
        expect(reciprocityOf(base, NOW).nextStep?.kind).toBe('set-relationship');
      });
      it('waits until reminderAfterDays has passed', () => {
        expect(reciprocityOf(base, NOW, { relationship: 'peer', reminderAfterDays: 21 }).nextStep?.kind).toBe('wait');
        expect(reciprocityOf(base, NOW, { relationship: 'peer', reminderAfterDays: 20 }).nextStep?.kind).toBe('remind');
      });
    });
  }

  it('a reminder before a decline does not count against a new ask', () => {
    const events = [ev('request-sent', 60), ev('reminder-sent', 45), ev('declined', 40), ev('request-sent', 20)];
    expect(reciprocityOf(events, NOW, PEER).nextStep?.kind).toBe('remind');
  });

  it('a deleted reminder does not count', () => {
    const events = [ev('request-sent', 20), ev('reminder-sent', 5, true)];
    expect(reciprocityOf(events, NOW, PEER).nextStep?.kind).toBe('remind');
  });

  it.each([
    { days: 13, sent: 0, opts: PEER, kind: 'wait', label: /in 1 day$/ },
    { days: 10, sent: 0, opts: PEER, kind: 'wait', label: /in 4 days$/ },
    { days: 10, sent: 0, opts: { relationship: 'manager' }, kind: 'wait', label: /^Give them time$/ },
    { days: 10, sent: 1, opts: PEER, kind: 'wait', label: /^Give them time$/ },
    { days: 10, sent: 0, opts: { ...PEER, doNotNudge: true }, kind: 'wait', label: /^Give them time$/ },
    { days: 14, sent: 0, opts: PEER, kind: 'remind', label: /gentle reminder/ },
    { days: 14, sent: 2, opts: PEER, kind: 'let-go', label: /once already/ },
    { days: 99, sent: 0, opts: { relationship: 'client' }, kind: 'let-go', label: /higher-up or a client/ },
  ] as const)('followUp($days days, $sent sent) → $kind', ({ days, sent, opts, kind, label }) => {
    const step = followUp(days, sent, opts);
    expect(step.kind).toBe(kind);
    expect(step.label).toMatch(label);
  });
});

describe('wholeDaysBetween', () => {
  it.each([
    ['2025-06-01T00:00:00Z', '2025-06-01T23:59:59Z', 0],
    ['2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z', 1],
    ['2025-05-01T12:00:00Z', '2025-06-01T12:00:00Z', 31],
    ['2025-06-03T00:00:00Z', '2025-06-01T00:00:00Z', 0],
  ])('%s → %s is %i', (from, to, days) => {
    expect(wholeDaysBetween(new Date(from), new Date(to))).toBe(days);
  });
});
