import { describe, expect, it } from 'vitest';
import { buildGivenEvent, buildGreenLightEvent } from '@/components/coach/green-light';
import { importEventKey, pageKey, pendingKey, recordedKey, textHash } from '@/storage/event-keys';
import { syntheticContactId } from '@/storage/import-plan';
import { fnv1a } from '@/storage/hash';

/**
 * Event keys are stored in users' databases: a key built differently after a change would record
 * a fact twice. These are the keys the code wrote before the hashes were made one, for fixed texts
 * with spacing, combining accents, and characters past U+FFFF.
 */
const at = new Date(2026, 0, 2, 10);
const exported = new Date('2009-07-21T08:00:00Z');

const PINNED: [text: string, cyrb53: string, fnvUnits: string, nfcCyrb53: string, fnvPoints: string][] = [
  ['', 'wvjl67o803', 'ztntfp', 'wvjl67o803', 'ztntfp'],
  ['x', '49fp6jq86t', '1y7mkjr', '49fp6jq86t', '1y7mkjr'],
  [' Hi  Jane,\n\tthanks 👋 ', '1hvez1w1j4z', 'xyinad', '1hvez1w1j4z', '1i0flue'],
  ['Cafe\u0301 Café', 'bsxejt0lcb', '1w0d7nk', '1b37twqbydm', '9nns5'],
  ['I managed 𝒜lex for 3 years — ✨', '2f8pac11lj0', '1mabp3b', '2f8pac11lj0', '1ggrcqm'],
];

describe('event keys stay as users have them stored', () => {
  it.each(PINNED)('%j', (text, cyrb, fnv, nfcCyrb, fnvPoints) => {
    expect(recordedKey('request-sent', { contactId: 'jane-doe', text, at })).toBe(`request-sent:jane-doe:2026-01-02:${cyrb}`);
    expect(recordedKey('thanked', { contactId: 'ACoAAB', text, at })).toBe(`thanked:ACoAAB:2026-01-02:${cyrb}`);
    expect(buildGivenEvent({ contactId: 'jane-doe', text, at }).key).toBe(`given:jane-doe:2026-01-02:${fnv}`);
    expect(buildGreenLightEvent({ contactId: 'jane-doe', text, at }).key).toBe(`green-light-asked:jane-doe:2026-01-02:${fnv}`);
    expect(importEventKey('received', 'ana souza', exported, text)).toBe(`import:received:ana souza:2009-07-21:${nfcCyrb}`);
    expect(importEventKey('given', 'ana souza', exported, text)).toBe(`import:given:ana souza:2009-07-21:${nfcCyrb}`);
    expect(syntheticContactId('', text)).toBe(`import:~${nfcCyrb}`);
    expect(textHash(text)).toBe(nfcCyrb);
    expect(pendingKey('jane-doe', text)).toBe(`page:request-sent:jane-doe:${fnvPoints}`);
  });

  it('keeps the keys that hash nothing', () => {
    expect(pendingKey('jane-doe', undefined)).toBe('page:request-sent:jane-doe:ztntfp');
    expect(pageKey('received', 'jane-doe')).toBe('page:received:jane-doe');
    expect(pageKey('given', 'jane-doe')).toBe('page:given:jane-doe');
    expect(syntheticContactId('ana  souza', 'x')).toBe('import:ana-souza');
  });

  it('reads code points only when asked', () => {
    expect(fnv1a('👋')).not.toBe(fnv1a('👋', true));
    expect(fnv1a('abc')).toBe(fnv1a('abc', true));
  });
});
