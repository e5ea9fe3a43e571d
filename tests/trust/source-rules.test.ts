import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The house rules a reader can check: each line names the file that breaks one. */
const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(ROOT, dir, f);
    if (statSync(p).isDirectory()) return sources(relative(ROOT, p));
    return /\.(ts|tsx)$/.test(f) ? [relative(ROOT, p)] : [];
  });
}

const product = ['entrypoints', 'components', 'storage'].flatMap(sources);
const contentScript = product.filter((f) => f.startsWith('entrypoints/linkedin.content/') || f.startsWith('components/linkedin/'));
const strip = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function offenders(files: string[], pattern: RegExp) {
  return files.filter((f) => pattern.test(strip(readFileSync(join(ROOT, f), 'utf8'))));
}

describe('house rules in the source', () => {
  it('finds the product source', () => {
    expect(product.length).toBeGreaterThan(20);
    expect(contentScript.length).toBeGreaterThan(5);
  });

  it('never writes markup from strings', () => {
    expect(offenders(product, /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/)).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(offenders(product, /\beval\(|new Function\(|setTimeout\(\s*['"`]/)).toEqual([]);
  });

  it("keeps nothing in LinkedIn's storage", () => {
    expect(offenders(product, /localStorage|sessionStorage|document\.cookie/)).toEqual([]);
  });

  it('makes no network requests', () => {
    expect(offenders(product, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|new EventSource\(/)).toEqual([]);
  });

  it('never clicks, submits or navigates on LinkedIn by code', () => {
    expect(offenders(contentScript, /\.click\(\)|requestSubmit\(|\.submit\(\)|location\.(assign|replace|href\s*=(?!=))|history\.(push|replace)State|window\.open\(/)).toEqual([]);
  });

  it('never opens IndexedDB from the content script', () => {
    expect(offenders(contentScript, /indexedDB|from 'dexie'|storage\/db|storage\/repositories/)).toEqual([]);
  });
});
