import { describe, expect, it } from 'vitest';
import { DEFAULT_LEDGER_FILTERS, filterLedger, isFiltered, matchesFilters, searchWords, sortLedger, type LedgerFilters } from '@/components/dashboard/ledger-filter';
import { ago, standing } from './helpers';

const rows = [
  standing('jane-doe', 'Jane Doe', { status: 'waiting', relationship: 'peer', due: true, days: 20, lastAt: ago(20), contact: { headline: 'Engineer at Northwind' } }),
  standing('amelie', 'Amélie Durand', { status: 'mutual', relationship: 'manager', days: 3, lastAt: ago(3), contact: { company: 'Fabrikam' } }),
  standing('kenji', 'Kenji Watanabe', { status: 'none', lastAt: ago(100) }),
];
const f = (patch: Partial<LedgerFilters>): LedgerFilters => ({ ...DEFAULT_LEDGER_FILTERS, ...patch });
const ids = (patch: Partial<LedgerFilters>) => filterLedger(rows, f(patch)).map((r) => r.contactId);

describe('filterLedger', () => {
  it.each<[string, Partial<LedgerFilters>, string[]]>([
    ['no filter, newest activity first', {}, ['amelie', 'jane-doe', 'kenji']],
    ['search ignores accents and case', { query: 'AMELIE' }, ['amelie']],
    ['search reads the headline', { query: 'northwind' }, ['jane-doe']],
    ['search reads the company', { query: 'fabrikam' }, ['amelie']],
    ['search reads the profile id', { query: 'kenji' }, ['kenji']],
    ['every word must match', { query: 'jane watanabe' }, []],
    ['by status', { status: 'mutual' }, ['amelie']],
    ['by relationship', { relationship: 'peer' }, ['jane-doe']],
    ['relationship not set', { relationship: 'unknown' }, ['kenji']],
    ['due only', { due: 'due' }, ['jane-doe']],
    ['not due', { due: 'not-due' }, ['amelie', 'kenji']],
    ['sorted by name', { sort: 'name' }, ['amelie', 'jane-doe', 'kenji']],
    ['sorted by longest waiting', { sort: 'days' }, ['jane-doe', 'amelie', 'kenji']],
    ['filters combine', { status: 'waiting', relationship: 'manager' }, []],
  ])('%s', (_label, patch, expected) => {
    expect(ids(patch)).toEqual(expected);
  });

  it('does not change the rows it was given', () => {
    const before = rows.map((r) => r.contactId);
    filterLedger(rows, f({ sort: 'name' }));
    expect(rows.map((r) => r.contactId)).toEqual(before);
  });

  // Correctness at size only: its speed is the benchmark's to measure, not a timed assertion here.
  it('finds the one match among 10,000 rows, accents and case aside', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => standing(`p${i}`, `Person ${i} Ñame`, { lastAt: ago(i % 300) }));
    expect(filterLedger(many, f({ query: 'person 9999' })).map((r) => r.contactId)).toEqual(['p9999']);
    expect(filterLedger(many, f({ query: 'PERSON 9999 name' })).map((r) => r.contactId)).toEqual(['p9999']);
  });
});

describe('matchesFilters and helpers', () => {
  it('a row with no contact is matched by its id', () => {
    const bare = { ...standing('ghost-1', 'x'), contact: null };
    expect(matchesFilters(bare, f({ query: 'ghost' }))).toBe(true);
    expect(matchesFilters(bare, f({ query: 'casper' }))).toBe(false);
  });
  it.each([
    ['  Jane   DOE ', ['jane', 'doe']],
    ['', []],
    ['—', []],
  ])('searchWords(%j)', (q, words) => expect(searchWords(q)).toEqual(words));
  it.each<[Partial<LedgerFilters>, boolean]>([
    [{}, false],
    [{ sort: 'name' }, false],
    [{ query: '  ' }, false],
    [{ query: 'a' }, true],
    [{ status: 'none' }, true],
    [{ relationship: 'unknown' }, true],
    [{ due: 'due' }, true],
  ])('isFiltered(%j) is %s', (patch, expected) => expect(isFiltered(f(patch))).toBe(expected));
});

describe('sortLedger', () => {
  const tie = [
    standing('b2', 'Émile Zola', { status: 'you-owe', days: 3 }),
    standing('a1', 'Emile Zola', { status: 'they-asked', days: 3 }),
    standing('c3', 'adam Ant', { status: 'you-owe', days: 9 }),
    standing('d4', 'Zed', { status: 'mutual' }),
  ];
  it.each<[LedgerFilters['sort'], string[]]>([
    ['name', ['c3', 'a1', 'b2', 'd4']],
    ['recent', ['c3', 'a1', 'b2', 'd4']],
    ['status', ['d4', 'c3', 'b2', 'a1']],
    ['days', ['c3', 'a1', 'b2', 'd4']],
  ])('by %s, names compared without accents or case, ties broken by id', (sort, ids) => {
    expect(sortLedger(tie, sort).map((r) => r.contactId)).toEqual(ids);
  });
});
