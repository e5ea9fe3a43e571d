// Bundles a bench entry (tests/bench/browser/*.ts) with the product code it imports into one
// script for the browser, with Vite in library mode: the same code users run, minified the same way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');
export const GLOBAL = '__vouchBench';

/**
 * @param {string} entry path of the entry module
 * @param {string} outDir where the script is kept for inspection (`.bench/lib`)
 * @returns {Promise<string>} a classic script that sets `globalThis.__vouchBench` to the entry's exports
 */
export async function bundle(entry, outDir) {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"' },
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: GLOBAL, fileName: () => 'bundle.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`Bundling ${entry} produced no script`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, basename(entry).replace(/\.ts$/, '.js')), chunk.code);
  return chunk.code;
}
