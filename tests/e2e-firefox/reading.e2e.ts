import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleReaders } from '../e2e/fixtures.mjs';
import { expectedReading as expected, fixtureIndex, launch, until, variantIndex, type FirefoxLaunched } from './harness.mjs';

/**
 * Every fixture reads exactly as its expectation says in Firefox too (layout, hidden elements and
 * text as Gecko computes them): the same readers, bundled the same way as for Chromium's reading
 * test, run inside each fixture page, without the add-on, against the same expected readings. The
 * same pages in other display languages (variants.json) read the same, less the fields that come
 * from wording alone.
 */
const fixtures = [...fixtureIndex(), ...variantIndex()];

let firefox: FirefoxLaunched;
let readers = '';
beforeAll(async () => {
  readers = await bundleReaders();
  firefox = await launch({ extension: null });
});
afterAll(async () => {
  await firefox?.close();
});

const read = (page: Page) => page.evaluate(() => (globalThis as any).__vouchRead());
// One tab for every page, each loaded afresh: a new tab per page would double the suite's time.
let tab: Page | undefined;
const open = async (url: string) => {
  if (!tab) return (tab = await firefox.open(url));
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  return tab;
};

describe('readers in Firefox', () => {
  for (const f of fixtures) {
    it(`read ${f.file} as expected`, async () => {
      const want = expected(f.file);
      const page = await open(f.url);
      await page.addScriptTag({ content: readers });
      const first = await read(page);
      expect(first.profile).toEqual(want.profile);
      if ('formAfterOpen' in want) {
        // The page's own opener: the profile's button, or a first step's Next (by its place, in any language).
        const opener = await page.$('#open-form, button[data-fixture-open]');
        if (opener) {
          // Before the user's click: what the page shows then (no form yet, or its first step).
          expect(first.form).toEqual(want.form);
          await opener.click();
        }
        // Polled until it matches, then compared (so that a mismatch shows the difference).
        await until(async () => JSON.stringify((await read(page)).form) === JSON.stringify(want.formAfterOpen), 'the opened form', 5_000).catch(() => {});
        expect((await read(page)).form).toEqual(want.formAfterOpen);
      } else {
        expect(first.form).toEqual(want.form);
      }
    });
  }

  it('served every fixture and let no other request through', () => {
    expect(firefox.served.length).toBe(fixtures.length);
    expect(firefox.blocked).toEqual([]);
  });
});
