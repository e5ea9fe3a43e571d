import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleReaders, expectedReading as expected } from './fixtures.mjs';
import { fixtureIndex, launch, variantIndex, type Launched } from './harness.mjs';

/**
 * Every fixture reads exactly as its expectation says in real Chromium too (layout, hidden
 * elements and text as the browser computes them, not as happy-dom does): the readers are bundled
 * and run inside each fixture page, without the extension. The same pages in the pseudo-locale
 * read the same, less the fields that come from wording alone.
 */
const fixtures = [...fixtureIndex(), ...variantIndex()];

let browser: Launched;
let readers = '';
beforeAll(async () => {
  readers = await bundleReaders();
  browser = await launch({ extension: null });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('readers in Chromium', () => {
  for (const f of fixtures) {
    it(`read ${f.file} as expected`, async () => {
      const want = expected(f.file);
      const page = await browser.open(f.url);
      await page.addScriptTag({ content: readers });
      const read = () => page.evaluate(() => (globalThis as any).__vouchRead());
      const first = await read();
      expect(first.profile).toEqual(want.profile);
      if ('formAfterOpen' in want) {
        // The page's own opener: the profile's button, or a first step's Next (by its place, in any language).
        const opener = page.locator('#open-form, button[data-fixture-open]').first();
        if (await opener.count()) {
          // Before the user's click: what the page shows then (no form yet, or its first step).
          expect(first.form).toEqual(want.form);
          await opener.click();
        }
        await expect.poll(async () => (await read()).form, { timeout: 5_000 }).toEqual(want.formAfterOpen);
      } else {
        expect(first.form).toEqual(want.form);
      }
      await page.close();
    });
  }
});
