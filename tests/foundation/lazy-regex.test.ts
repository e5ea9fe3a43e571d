// @vitest-environment node
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { regexLiteralsToConstructors } from '../../wxt.config';

/** The content script's regular-expression literals become constructors (see wxt.config.ts). */
const run = (code: string) => runInNewContext(code);

describe('regexLiteralsToConstructors', () => {
  it.each([
    ['/ab+c/i.test("xABBC")', 'a flag'],
    ['"a/b//c".replace(/\\//g, "-")', 'an escaped slash and the g flag'],
    ['/[/]x/.test("/x")', 'a slash inside a class'],
    ['/\\p{Lu}\\p{M}*/u.exec("éÉ\\u0301")[0]', 'unicode property escapes'],
    ['/(?<y>\\d{4})-(?<m>\\d\\d)/.exec("on 2024-05")?.groups.m', 'named groups'],
    ['(() => { const r = () => /a/g; const x = r(); x.test("aa"); return [x.lastIndex, r().lastIndex]; })()', 'a new object per evaluation, as a literal'],
    ['(function(){return/x/.test("x")})()', 'right after return'],
    ['[1,2].map(()=>/\\s+/.source).join("|")', 'in an arrow'],
    ['"/not a regex/".length + `/nor ${"this"}/`.length', 'strings and templates are left alone'],
    ['/\\u2028|\\n/.test("\\u2028")', 'line separators'],
  ])('%s behaves the same (%s)', (code) => {
    const out = regexLiteralsToConstructors(code);
    expect(run(out)).toEqual(run(code));
  });

  it('leaves no literal behind, and leaves code without one unchanged', () => {
    const out = regexLiteralsToConstructors('let a=/x/g,b="/y/";function f(s){return/z/i.test(s)&&a.test(s)}');
    expect(out).toBe('let a=(new RegExp("x","g")),b="/y/";function f(s){return(new RegExp("z","i")).test(s)&&a.test(s)}');
    expect(regexLiteralsToConstructors('let a = 1 / 2 / 3; // /x/')).toBe('let a = 1 / 2 / 3; // /x/');
  });
});
