import { describe, expect, it } from 'vitest';
import { monthOfWord, readDatePrefix } from '@/storage/month-names';

const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;

describe('month names built from Intl, in any language', () => {
  it.each([
    ['en', 'March', 2], ['en', 'Sept', 8], ['de', 'März', 2], ['de', 'Dez', 11], ['fr', 'févr.', 1], ['fr', 'juillet', 6],
    ['es', 'marzo', 2], ['es', 'dic', 11], ['pt', 'maio', 4], ['pt-BR', 'set.', 8], ['it', 'giugno', 5], ['it', 'gen', 0],
    ['pl', 'marca', 2], ['pl', 'wrz', 8], ['nl', 'maart', 2], ['nl', 'okt', 9],
  ])('%s %s', (lang, word, month) => expect(monthOfWord(word, lang)).toBe(month));

  it('knows no month of a word that is none', () => {
    expect(monthOfWord('Sam', 'en')).toBeUndefined();
    expect(monthOfWord('ma', 'de')).toBeUndefined();
  });
});

describe('readDatePrefix', () => {
  it.each([
    ['en', 'May 1, 2020, Sam managed Alex directly', '2020-05-01', 'Sam managed Alex directly'],
    ['de', '14. März 2024, Sam war Alex’ Mentor', '2024-03-14', 'Sam war Alex’ Mentor'],
    ['es', '3 de marzo de 2023, Sam trabajó con Alex', '2023-03-03', 'Sam trabajó con Alex'],
    ['pt-BR', '21 de maio de 2020 (trabalhavam na mesma equipe)', '2020-05-21', '(trabalhavam na mesma equipe)'],
    ['fr', '2 févr. 2021, x', '2021-02-02', 'x'],
    ['it', '14 giugno 2019, x', '2019-06-14', 'x'],
    ['pl', '14 marca 2024, x', '2024-03-14', 'x'],
    ['nl', '14 maart 2024, x', '2024-03-14', 'x'],
  ])('%s: %s', (lang, text, date, rest) => {
    const got = readDatePrefix(text, lang, true);
    expect([iso(got?.date), got?.rest]).toEqual([date, rest]);
  });

  it('reads a month and year alone unless a day is required', () => {
    expect(iso(readDatePrefix('März 2021', 'de')?.date)).toBe('2021-03-01');
    expect(readDatePrefix('März 2021', 'de', true)).toBeNull();
  });

  it.each([
    ['en', 'Sam, May 1, 2020'], ['en', 'In 2019 we shipped'], ['en', 'February 30, 2020, x'], ['de', 'May 1, 2020, x'],
  ])('%s: no date at the start of %s', (lang, text) => expect(readDatePrefix(text, lang, true)).toBeNull());
});
