import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureIndex, launch, ROOT, type Launched } from './harness.mjs';

/**
 * Every fixture reads exactly as its expectation says in real Chromium too (layout, hidden
 * elements and text as the browser computes them, not as happy-dom does): the readers are bundled
 * and run inside each fixture page, without the extension.
 */
const fixtures = fixtureIndex();
const expected = (file: string) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages', file.replace(/\.html$/, '.expected.json')), 'utf8'));

let browser: Launched;
let readers = '';
beforeAll(async () => {
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
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { code?: string }[] }[];
  readers = outputs[0]!.output[0]!.code!;
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
        const opener = page.locator('#open-form, button:has-text("Next")').first();
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
