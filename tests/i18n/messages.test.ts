import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '@/components/i18n/t';
import { LANGUAGES } from '@/storage/settings';
import { readMessages } from './fake-i18n';

const ROOT = process.cwd();
const en = flatten(readMessages('en'));
const others = LANGUAGES.filter((l) => l !== 'en');
const slots = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
const forms = (text: string) => text.split(' | ').length;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('messages', () => {
  it('has one file per language Vouch offers, and no other', () => {
    const files = readdirSync(join(ROOT, 'components/i18n/locales')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
  });

  it('knows every message the code and the manifest ask for', () => {
    const groups = new Set([...en.keys()].map((k) => k.split('.')[0]));
    const asked = new Set<string>();
    for (const file of [...sources('components'), ...sources('entrypoints')]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\btn?\(\s*'([^']+)'/g)) asked.add(m[1]!);
      // Keys kept in tables (`labels({ … })`, records of keys): any quoted name in a known group.
      for (const m of text.matchAll(/'([a-z][A-Za-z]*)\.([A-Za-z0-9]+)'/g)) if (groups.has(m[1]!)) asked.add(`${m[1]}.${m[2]}`);
    }
    for (const m of readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)) asked.add(m[1]!);
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((k) => !en.has(k))).toEqual([]);
  });

  it('is written so the browser reads it as written', () => {
    const names = [...en.keys()].map((k) => k.replaceAll('.', '_').toLowerCase());
    expect(new Set(names).size).toBe(names.length); // the browser's names ignore case
    for (const [key, text] of en) {
      expect(text, key).not.toBe('');
      expect(text, key).not.toContain('$'); // the browser reads `$` as a placeholder
    }
  });

  it.each(others)('%s has every English message, no other, with the same slots and plural forms', (lang) => {
    const messages = flatten(readMessages(lang));
    expect([...messages.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !messages.has(k))).toEqual([]);
    for (const [key, text] of messages) {
      expect(text, `${lang} ${key}`).not.toBe('');
      expect(text, `${lang} ${key}`).not.toContain('$');
      expect(slots(text), `${lang} ${key}`).toEqual(slots(en.get(key)!));
      expect(forms(text), `${lang} ${key}`).toBe(forms(en.get(key)!));
    }
  });
});
