import { describe, expect, it } from 'vitest';
import { FORM_SELECTORS } from '@/components/linkedin/form';
import { IDENTITY_SELECTORS } from '@/components/linkedin/identity';
import { PROFILE_SELECTORS } from '@/components/linkedin/profile';
import { RECOMMENDATION_SELECTORS } from '@/components/linkedin/recommendations';
import { ALL_PAGES, englishOf, fixtureName, FIXTURES, loadFixture } from './fixtures';
import { SELECTOR_COUNTS } from './selector-counts';

type Table = Record<string, { css: string }>;
const TABLES: Record<string, Table> = { FORM_SELECTORS, IDENTITY_SELECTORS, PROFILE_SELECTORS, RECOMMENDATION_SELECTORS };
const names = FIXTURES.map(fixtureName);

// A variant in another language matches every selector as often as its English page: no selector keys on words.
describe.each(ALL_PAGES.map((f) => [fixtureName(f), f] as const))('selector counts on %s', (_, f) => {
  const doc = loadFixture(f);
  const name = fixtureName(englishOf(f));
  for (const [tableName, table] of Object.entries(TABLES)) {
    for (const [key, { css }] of Object.entries(table)) {
      it(`${tableName}.${key} (${css})`, () => {
        expect(doc.querySelectorAll(css).length).toBe(SELECTOR_COUNTS[tableName]?.[key]?.[name] ?? 0);
      });
    }
  }
});

describe('selector tables', () => {
  it('have expected counts for every selector, and none for a selector that is gone', () => {
    const selectors = Object.entries(TABLES).map(([t, table]) => [t, Object.keys(table).sort()]);
    const expected = Object.entries(SELECTOR_COUNTS).map(([t, table]) => [t, Object.keys(table).sort()]);
    expect(expected).toEqual(selectors);
  });

  it('name only fixtures that exist', () => {
    for (const table of Object.values(SELECTOR_COUNTS)) {
      for (const counts of Object.values(table)) for (const n of Object.keys(counts)) expect(names).toContain(n);
    }
  });

  it('never key on hashed class names', () => {
    for (const table of Object.values(TABLES)) {
      for (const { css } of Object.values(table)) expect(css).not.toMatch(/\._[0-9a-f]{6,}/);
    }
  });

  it('have an entry that finds something on every fixture kind it is about', () => {
    const found = (fixture: string) => Object.values(SELECTOR_COUNTS.IDENTITY_SELECTORS!).some((counts) => (counts[fixture] ?? 0) > 0);
    for (const n of names) expect(found(n), n).toBe(true);
  });
});
