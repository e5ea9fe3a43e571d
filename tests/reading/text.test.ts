import { describe, expect, it } from 'vitest';
import { clean, firstNameOf, foldForCompare, oneLine, readLines, readText, stripBadge } from '@/components/linkedin/text';

const el = (html: string) => {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return doc.getElementById('root')!;
};

describe('clean / oneLine', () => {
  it.each([
    ['  a \t b  ', 'a b', 'a b'],
    ['Jose\u0301', 'José', 'José'],
    ['a\n\n\n\nb', 'a\n\nb', 'a b'],
    [' line one \n line two ', 'line one\nline two', 'line one line two'],
    ['', '', ''],
  ])('%j', (raw, cleaned, single) => {
    expect(clean(raw)).toBe(cleaned);
    expect(oneLine(raw)).toBe(single);
  });
});

describe('readLines', () => {
  it.each([
    ['each text once (visible copy, screen-reader copy skipped)', '<span aria-hidden="true">Sam</span><span class="visually-hidden">Sam</span>', ['Sam']],
    ['blocks split lines', '<p>Sam</p><p>Lead</p>', ['Sam', 'Lead']],
    ['inline markup stays on its line', '<p>Great <b>team</b> player</p>', ['Great team player']],
    ['br is a newline', '<span aria-hidden="true">One<br><br>Two</span>', ['One\n\nTwo']],
    ['buttons, scripts, JSON and code are skipped', '<p>Text<button>…see more</button></p><script type="application/json">{"name":"X"}</script><code>{"n":1}</code>', ['Text']],
    ['"Show all" and overlay links are skipped', '<p>Sam</p><a href="/in/sam/details/recommendations/">Show all 5</a><a href="/in/sam/overlay/x/">About</a>', ['Sam']],
    ['punctuation-only lines go, emoji stay', '<p>…</p><p>·</p><p>🚀</p>', ['🚀']],
    ['consecutive duplicates go', '<p>Sam</p><div>Sam</div><p>Alex</p><p>Sam</p>', ['Sam', 'Alex', 'Sam']],
    ['markup-looking text stays text', '<p>&lt;img src=x onerror=alert(1)&gt;</p>', ['<img src=x onerror=alert(1)>']],
  ])('%s', (_, html, lines) => expect(readLines(el(html))).toEqual(lines));

  it('reads nothing from nothing', () => {
    expect(readLines(null)).toEqual([]);
    expect(readText(null)).toBe('');
  });
});

describe('stripBadge', () => {
  it.each([
    ['Sam Rivera · 1st', 'Sam Rivera'],
    ['Sam Rivera · 2nd', 'Sam Rivera'],
    ['Sam Rivera 3rd+', 'Sam Rivera'],
    ['Sam Rivera 1st degree connection', 'Sam Rivera'],
    ['1st', ''],
    ['Sam Rivera ·', 'Sam Rivera'],
    ['Sam Rivera', 'Sam Rivera'],
    ['First 1stop Shop', 'First 1stop Shop'],
    ['Tomás O’Brien', 'Tomás O’Brien'],
  ])('%s → %s', (raw, want) => expect(stripBadge(raw)).toBe(want));
});

describe('firstNameOf', () => {
  it.each([
    ['Sam Rivera', 'Sam'],
    ['🚀 Priya Nair 🚀', 'Priya'],
    ['Dr. Hana Sato', 'Hana'],
    ['Jose\u0301 Garcia', 'José'],
    ['Mary Ann Lee', 'Mary'],
    ['🚀', ''],
    ['', ''],
  ])('%s → %s', (name, first) => expect(firstNameOf(name)).toBe(first));
});

describe('foldForCompare', () => {
  it.each([
    ['José', 'jose'],
    ['Jose\u0301', 'jose'],
    ['Alex’s', "alex's"],
    ['  ZOË  ', 'zoe'],
  ])('%s → %s', (raw, folded) => expect(foldForCompare(raw)).toBe(folded));
});
