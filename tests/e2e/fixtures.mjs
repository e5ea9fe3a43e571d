// What the end-to-end suites share, whatever the browser: the fixture pages, which request is
// answered with which page, what each page should read as, and the readers bundled to run in one.
// Chromium's harness (harness.mjs) and Firefox's (../e2e-firefox/harness.mjs) both serve from here.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { variantExpected } from '../fixtures/pages/wording-only.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');

export function fixtureIndex() {
  const path = join(FIXTURES, 'index.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : [];
}

/** The same pages in the pseudo-locale (tests/fixtures/pages/variants.json), each naming its English page in `of`. */
export function variantIndex() {
  const path = join(FIXTURES, 'variants.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : [];
}

export function fixtureUrl(file) {
  const entry = [...fixtureIndex(), ...variantIndex()].find((f) => f.file === file);
  if (!entry) throw new Error(`No fixture ${file} in tests/fixtures/pages/index.json`);
  return entry.url;
}

/** What a fixture page should read as: its `*.expected.json`, or a variant's, derived from its English page's. */
export function expectedReading(file) {
  const variant = variantIndex().find((v) => v.file === file);
  const english = JSON.parse(readFileSync(join(FIXTURES, (variant?.of ?? file).replace(/\.html$/, '.expected.json')), 'utf8'));
  return variant ? variantExpected(english, variant) : english;
}

/** The route's key: the path, and the variant a test-only `vouchFixture` parameter asks for. */
function pathOf(url) {
  const u = new URL(url);
  const variant = u.searchParams.get('vouchFixture');
  return decodeURIComponent(u.pathname).replace(/\/+$/, '').toLowerCase() + (variant ? `?${variant}` : '');
}

/**
 * Which page answers a request: a document request for https://www.linkedin.com at a fixture's
 * path (or at one of `pages`, URL path → HTML) gets that page's HTML; anything else gets null, to
 * be aborted and counted, since the fixtures are self-contained and any other request would be
 * Vouch's own. The query and a trailing slash do not matter; the path's case does not either.
 */
export function fixtureServer(pages = {}) {
  const routes = new Map();
  for (const f of [...fixtureIndex(), ...variantIndex()]) routes.set(pathOf(f.url), join(FIXTURES, f.file));
  const extra = new Map(Object.entries(pages).map(([p, html]) => [pathOf(`https://www.linkedin.com${p}`), html]));
  return (url, isDocument) => {
    if (!isDocument) return null;
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.hostname !== 'www.linkedin.com') return null;
    const key = pathOf(url);
    return extra.get(key) ?? (routes.has(key) ? readFileSync(routes.get(key), 'utf8') : null);
  };
}

/**
 * The page readers (tests/e2e/readers-entry.ts) bundled into one script that defines
 * `globalThis.__vouchRead()` in the page it is added to: the real readers, run by the browser.
 */
export async function bundleReaders() {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'tests/e2e/readers-entry.ts'), formats: ['iife'], name: 'vouchReaders' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  return outputs[0].output[0].code;
}
