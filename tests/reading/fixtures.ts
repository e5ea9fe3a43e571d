import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture page as the end-to-end harness serves it. */
export interface FixtureEntry {
  file: string;
  url: string;
  kind: string;
  about: string;
}

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'pages');

export const FIXTURES: FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURE_DIR, 'index.json'), 'utf8'));

export const fixtureName = (f: FixtureEntry) => f.file.replace(/\.html$/, '');

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

export function expected(f: FixtureEntry): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${fixtureName(f)}.expected.json`), 'utf8'));
}
