import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = ['components/dashboard', 'entrypoints/dashboard'];
const FORBIDDEN = [/innerHTML/, /dangerouslySetInnerHTML/, /\beval\s*\(/, /new Function\b/, /localStorage/, /\bfetch\s*\(/, /\.css['"]/, /XMLHttpRequest/];
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f)).map((f) => join(d, f)));

describe('the dashboard keeps the house rules', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s uses no markup injection, eval, localStorage, network or CSS imports', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(code, `${pattern}`).not.toMatch(pattern);
  });
});
