import { describe, expect, it } from 'vitest';
import { readForm, type FormReading } from '@/components/linkedin/form';
import { readProfile, type ProfileReading } from '@/components/linkedin/profile';
import { pageKind } from '@/storage/linkedin-urls';
import { ALL_PAGES, expected, fixtureHtml, fixtureName, FIXTURES, loadFixture, openDeferred, VARIANTS } from './fixtures';

/** Dates as ISO days, text boxes as tag#id: the shapes the expected JSON is written in. */
function comparableProfile(r: ProfileReading) {
  const items = (list: { date?: Date }[]) => list.map((i) => ({ ...i, ...(i.date ? { date: i.date.toISOString().slice(0, 10) } : {}) }));
  return JSON.parse(JSON.stringify({
    ...r,
    recommendations: r.recommendations && { received: items(r.recommendations.received), given: items(r.recommendations.given) },
  }));
}

export function describeBox(el: Element | null): string | null {
  if (!el) return null;
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
}

function comparableForm(r: FormReading | null) {
  return r && { ...r, textBox: describeBox(r.textBox) };
}

describe('fixture index', () => {
  it('lists every fixture once, each with a distinct path and its page kind', () => {
    const paths = FIXTURES.map((f) => new URL(f.url).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of FIXTURES) expect(pageKind(new URL(f.url)), f.file).toBe(f.kind);
  });

  it('has one variant of every page per language (pseudo-locale, de, pt), of the same kind and path', () => {
    for (const lang of ['qps-ploc', 'de', 'pt']) {
      expect(VARIANTS.filter((v) => v.lang === lang).map((v) => v.of), lang).toEqual(FIXTURES.map((f) => f.file));
    }
    for (const v of VARIANTS) {
      const english = FIXTURES.find((f) => f.file === v.of)!;
      expect(pageKind(new URL(v.url)), v.file).toBe(english.kind);
      expect(new URL(v.url).pathname).toBe(new URL(english.url).pathname);
      expect(fixtureHtml(v)).toContain(`<html lang="${v.lang}"`);
    }
  });

  it.each(ALL_PAGES.map((f) => [fixtureName(f), f] as const))('%s loads nothing external', (_, f) => {
    const html = fixtureHtml(f);
    expect(html).not.toMatch(/\s(?:src|srcset|poster|data)="(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
  });
});

describe.each(ALL_PAGES.map((f) => [fixtureName(f), f] as const))('%s', (_, f) => {
  const want = expected(f);
  const url = new URL(f.url);

  it('reads the profile as expected', () => {
    expect(comparableProfile(readProfile(loadFixture(f), url))).toEqual(want.profile);
  });

  it('reads the form as expected', () => {
    expect(comparableForm(readForm(loadFixture(f), url))).toEqual(want.form);
  });

  it('reads the form after it opens (click, timer or Next)', () => {
    const doc = loadFixture(f);
    const opened = openDeferred(doc);
    expect(opened).toBe('formAfterOpen' in want);
    if (opened) expect(comparableForm(readForm(doc, url))).toEqual(want.formAfterOpen);
  });
}, 30_000); // the busy feed's 300 posts take seconds to parse on a loaded machine
