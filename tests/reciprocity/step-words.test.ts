import { afterEach, describe, expect, it } from 'vitest';
import { followUp, reciprocityOf, type HistoryEvent, type NextStep } from '@/storage/reciprocity';
import { RELATIONSHIPS, type EventType } from '@/storage/types';
import { ENGLISH, say } from '@/components/i18n/said';
import { setLanguage } from '@/components/i18n/t';
import { stepText } from '@/components/shared/step-words';

const NOW = new Date('2025-06-01T12:00:00Z');
const ev = (type: EventType, daysAgo: number): HistoryEvent => ({ type, at: new Date(NOW.getTime() - daysAgo * 86_400_000) });

/** Every next step the rules can give, over a spread of histories and settings. */
function everyStep(): NextStep[] {
  const histories: HistoryEvent[][] = [
    [],
    [ev('received', 3)],
    [ev('received', 3), ev('thanked', 2)],
    [ev('request-received', 3)],
    [ev('given', 3)],
    [ev('green-light-asked', 1)],
  ];
  const steps = histories.map((h) => reciprocityOf(h, NOW).nextStep);
  for (const relationship of [...RELATIONSHIPS, undefined]) {
    for (const days of [1, 13, 20]) {
      for (const reminders of [0, 1]) {
        steps.push(followUp(days, reminders, { relationship }), followUp(days, reminders, { relationship, doNotNudge: true }));
      }
    }
  }
  return steps.filter((s): s is NextStep => s !== null);
}

afterEach(() => setLanguage('auto'));

describe('next steps in words', () => {
  it('says each step as its English label says it: the two cannot drift apart', () => {
    const steps = everyStep();
    expect(new Set(steps.map((s) => s.said.key)).size).toBeGreaterThanOrEqual(12);
    for (const s of steps) expect(say(s.said, ENGLISH)).toBe(s.label);
  });

  it('says a step in the language Vouch speaks, a count of days included', async () => {
    await setLanguage('de');
    const wait = followUp(10, 0, { relationship: 'peer' });
    expect(stepText(wait)).not.toBe(wait.label);
    expect(stepText(wait)).toContain('4');
    expect(stepText(reciprocityOf([], NOW).nextStep!)).not.toMatch(/\bWrite\b/);
  });
});
