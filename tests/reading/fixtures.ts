import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { variantExpected, type Variant } from '../fixtures/pages/wording-only.mjs';

/** One fixture page as the end-to-end harness serves it. */
export interface FixtureEntry {
  file: string;
  url: string;
  kind: string;
  about: string;
}

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'pages');

export const FIXTURES: FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'index.json'), 'utf8'));

/** The same pages in the pseudo-locale (tests/fixtures/pages/pseudo.mjs), each naming its English page in `of`. */
export const VARIANTS: (FixtureEntry & Variant)[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'variants.json'), 'utf8'));

/** Every page the readers are tested on: the English ones and their variants. */
export const ALL_PAGES: FixtureEntry[] = [...FIXTURES, ...VARIANTS];

export const fixtureName = (f: FixtureEntry) => f.file.replace(/\.html$/, '');

/** The English page a page is a variant of, or the page itself. */
export const englishOf = (f: FixtureEntry): FixtureEntry => FIXTURES.find((e) => e.file === (f as Partial<Variant>).of) ?? f;

export function fixtureHtml(f: FixtureEntry): string {
  return readFileSync(join(FIXTURE_DIR, f.file), 'utf8');
}

/** A fresh document per read: scripts do not run, as on a page before hydration. */
export function loadFixture(f: FixtureEntry): Document {
  return restoreSelections(new DOMParser().parseFromString(fixtureHtml(f), 'text/html'));
}

/**
 * happy-dom ignores `<option selected>` when parsing (it reports index 1 whatever the markup says);
 * browsers honour it. The readers rightly use `selectedIndex` (a user's choice never changes the
 * attribute), so the test environment is repaired here, not the readers.
 */
export function restoreSelections(doc: Document): Document {
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    const at = Array.from(select.options).findIndex((o) => o.hasAttribute('selected'));
    select.selectedIndex = at >= 0 ? at : 0;
  }
  return doc;
}

/** What the fixture's own script does on a click or a timer: insert a template's content. */
export function openDeferred(doc: Document): boolean {
  const templates = Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[data-into]'));
  for (const t of templates) {
    const hide = t.getAttribute('data-hide');
    if (hide) doc.querySelectorAll<HTMLElement>(hide).forEach((el) => (el.hidden = true));
    doc.querySelector(t.getAttribute('data-into') ?? '')?.appendChild(t.content.cloneNode(true));
    t.remove();
  }
  restoreSelections(doc);
  return templates.length > 0;
}

/** The page's expected reading: its `*.expected.json`, or for a variant, derived from its English page's. */
export function expected(f: FixtureEntry): Record<string, unknown> {
  const english = JSON.parse(readFileSync(join(FIXTURE_DIR, `${fixtureName(englishOf(f))}.expected.json`), 'utf8'));
  const variant = VARIANTS.find((v) => v.file === f.file);
  return variant ? variantExpected(english, variant) : english;
}
