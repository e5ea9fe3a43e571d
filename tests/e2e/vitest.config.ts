import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests: real headless Chromium with the built extension. One file at a time.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
