import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built add-on
// (.output/firefox-mv3). One file at a time, as in Chromium's suite.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
