// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dynamicImportPreloads } from '../../wxt.config';

type Chunk = { type: 'chunk'; fileName: string; imports: string[]; dynamicImports: string[] };
const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []): Chunk => ({ type: 'chunk', fileName, imports, dynamicImports });
const bundleOf = (...chunks: Chunk[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c])) as never;

/** The modulepreload links an extension page gets for what its entry imports later (wxt.config.ts). */
describe('dynamicImportPreloads', () => {
  const entry = chunk('chunks/dashboard.js', ['chunks/runtime.js', 'chunks/shared.js'], ['chunks/DashboardApp.js']);
  const bundle = bundleOf(
    entry,
    chunk('chunks/runtime.js'),
    chunk('chunks/shared.js'),
    chunk('chunks/DashboardApp.js', ['chunks/shared.js', 'chunks/words.js'], ['chunks/BalanceView.js']),
    chunk('chunks/words.js', ['chunks/labels.js']),
    chunk('chunks/labels.js', ['chunks/words.js']),
    chunk('chunks/BalanceView.js', ['chunks/words.js']),
  );

  it("lists each chunk the entry imports dynamically, and theirs, once, without the entry's own imports", () => {
    expect(dynamicImportPreloads({ bundle, chunk: entry as never }).sort()).toEqual(['chunks/DashboardApp.js', 'chunks/labels.js', 'chunks/words.js']);
  });

  it("leaves the later chunks' own dynamic imports (a view opened by a click) to load when asked", () => {
    expect(dynamicImportPreloads({ bundle, chunk: entry as never })).not.toContain('chunks/BalanceView.js');
  });

  it('adds nothing to a page whose entry imports nothing later, or outside a build', () => {
    const plain = chunk('chunks/other.js', ['chunks/runtime.js']);
    expect(dynamicImportPreloads({ bundle: bundleOf(plain, chunk('chunks/runtime.js')), chunk: plain as never })).toEqual([]);
    expect(dynamicImportPreloads({})).toEqual([]);
  });
});
