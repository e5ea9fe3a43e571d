import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports flow one way: entrypoints → components → storage. A layer imports its own layer or the
 * ones below it; nothing imports from entrypoints/, except one entrypoint's own files.
 */
const ROOT = join(import.meta.dirname, '../..');
const LAYERS = ['entrypoints', 'components', 'storage'] as const;

/** Tests that load an entrypoint itself, as the browser would. */
const TESTS_OF_ENTRYPOINTS: Record<string, string[]> = {
  'tests/foundation/background.test.ts': ['entrypoints/background'],
};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(ROOT, dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sources(relative(ROOT, p));
    return /\.(ts|tsx|mts|mjs)$/.test(f) ? [relative(ROOT, p)] : [];
  });
}

/** Every module a file names: static and dynamic imports, re-exports and vi.mock targets. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bvi\.mock\(\s*['"]([^'"]+)['"]/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The repository path a specifier points to, or null for packages. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return normalize(join(dirname(file), spec)).replaceAll('\\', '/');
  return null;
}

const layerOf = (path: string) => LAYERS.indexOf(path.split('/')[0] as (typeof LAYERS)[number]);

/** What is wrong with one import of one file, or null when it runs the right way. */
function wrongWay(file: string, spec: string): string | null {
  const to = target(file, spec);
  if (!to) return null;
  const from = layerOf(file);
  const into = layerOf(to);
  if (into < 0) return null;
  if (into === 0) {
    const sameEntrypoint = from === 0 && file.split('/')[1] === to.split('/')[1];
    const allowed = TESTS_OF_ENTRYPOINTS[file]?.some((p) => to.startsWith(p));
    return sameEntrypoint || allowed ? null : `${file} imports ${spec}: nothing imports from entrypoints/`;
  }
  if (from >= 0 && into < from) return `${file} imports ${spec}: ${LAYERS[from]}/ imports nothing from ${LAYERS[into]}/`;
  return null;
}

describe('imports flow one way', () => {
  it('flags an import that runs the wrong way', () => {
    expect(wrongWay('storage/x.ts', '@/components/request/events')).toMatch(/storage\/ imports nothing from components/);
    expect(wrongWay('storage/protocol/x.ts', '../../components/y')).toMatch(/storage\/ imports nothing from components/);
    expect(wrongWay('components/dashboard/x.tsx', '@/entrypoints/dashboard/main')).toMatch(/nothing imports from entrypoints/);
    expect(wrongWay('entrypoints/sidepanel/main.tsx', '@/entrypoints/dashboard/main')).toMatch(/nothing imports from entrypoints/);
    expect(wrongWay('tests/reading/x.test.ts', '@/entrypoints/linkedin.content/index')).toMatch(/nothing imports from entrypoints/);
    expect(wrongWay('components/x.ts', '@/storage/db')).toBeNull();
    expect(wrongWay('entrypoints/dashboard/main.tsx', './styles')).toBeNull();
    expect(specifiers("import a from 'a';\nexport { b } from './b';\nconst c = import('@/c');\nvi.mock('@/d', () => ({}));\nimport './e';").sort()).toEqual(['./b', './e', '@/c', '@/d', 'a']);
  });

  it('holds in the product and its tests', () => {
    const files = [...LAYERS, 'tests'].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const wrong = files.flatMap((file) =>
      specifiers(readFileSync(join(ROOT, file), 'utf8'))
        .map((spec) => wrongWay(file, spec))
        .filter((w) => w !== null),
    );
    expect(wrong).toEqual([]);
  });
});
