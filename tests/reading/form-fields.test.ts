import { describe, expect, it } from 'vitest';
import { chosenText, firstNameFromWording, positionField, relationshipField, isLeadingWords, maxLengthOf, readForm, readPosition } from '@/components/linkedin/form';
import { FIXTURES, loadFixture, restoreSelections } from './fixtures';

const root = (html: string) => restoreSelections(new DOMParser().parseFromString(`<div id="f">${html}</div>`, 'text/html')).getElementById('f')!;
const OPTIONS = '<option value="">Select an option</option><option value="a">Alex managed you directly</option><option value="b" selected>You taught Alex</option>';

describe('relationshipField and positionField: by place and option values, not labels', () => {
  it.each([
    ['by option values', `<select id="p"><option value="urn:li:position:1">A</option></select><select id="r"><option value="urn:li:fsd_recommendationRelationship:0">B</option></select>`, 'r', null],
    ['first field, then the next', `<select id="r">${OPTIONS}</select><select id="p">${OPTIONS}</select>`, 'r', 'p'],
    ['comboboxes; a people picker is not a field', `<input role="combobox" id="who"><button role="combobox" id="r">x</button><button role="combobox" id="p">y</button>`, 'r', 'p'],
    ['no field', '<textarea></textarea>', null, null],
  ])('%s', (_, html, rel, pos) => {
    expect(relationshipField(root(html))?.id ?? null).toBe(rel);
    expect(positionField(root(html))?.id ?? null).toBe(pos);
  });
});

describe('chosenText', () => {
  it.each([
    ['select: the option text, not its value', `<select id="x">${OPTIONS}</select>`, 'You taught Alex'],
    ['select with nothing chosen: the placeholder', `<select id="x"><option>Select an option</option><option>A</option></select>`, 'Select an option'],
    ['combobox button: its text without the label', '<button id="x" role="combobox"><span>Relationship</span><span>Alex taught you</span></button>', 'Alex taught you'],
    ['aria-valuetext wins', '<div id="x" role="combobox" aria-valuetext="You studied together">ignored</div>', 'You studied together'],
    ['input combobox: its value', '<input id="x" role="combobox" value="You mentored Alex">', 'You mentored Alex'],
  ])('%s', (_, html, text) => expect(chosenText(root(html).querySelector('#x')!)).toBe(text));
});

describe('maxLengthOf', () => {
  it.each([
    ['maxlength attribute', '<textarea id="b" maxlength="3000"></textarea>', 3000],
    ['counter under a contenteditable', '<div id="b" contenteditable="true"></div><p>12/3,000</p>', 3000],
    ['counter with a word', '<div id="b" contenteditable="true"></div><p>0 / 500 characters</p>', 500],
    ['nothing to go by', '<textarea id="b"></textarea><p>Posted 3/4</p>', null],
    ['bad attribute', '<textarea id="b" maxlength="-1"></textarea>', null],
  ])('%s', (_, html, n) => {
    const r = root(html);
    expect(maxLengthOf(r.querySelector<HTMLElement>('#b'), r)).toBe(n);
  });
});

describe('readForm on small pages', () => {
  const url = new URL('https://www.linkedin.com/in/alex/');
  const read = (html: string) => readForm(new DOMParser().parseFromString(html, 'text/html'), url);
  it('finds a write dialog by its heading when the URL says nothing; a box alone is a second step', () => {
    const r = read('<div role="dialog"><h2>Recommend Alex Doe</h2><textarea id="t" maxlength="3000"></textarea></div>');
    expect(r && { kind: r.kind, contact: r.contact, box: r.textBox?.id, missing: r.missing }).toEqual({
      kind: 'write', contact: { id: 'alex', name: 'Alex Doe', firstName: 'Alex' }, box: 't', missing: [],
    });
  });
  it('reads the Relationship field by its place; in a language without words, leaves it empty and says so', () => {
    const html = (lang: string) => `<html lang="${lang}"><div role="dialog"><a href="/in/alex/">Alex Doe</a><select><option value="">-</option><option value="1" selected>Alex managed you directly</option></select><select></select><textarea></textarea></div></html>`;
    const on = (lang: string) => readForm(restoreSelections(new DOMParser().parseFromString(html(lang), 'text/html')), new URL('https://www.linkedin.com/in/alex/edit/forms/recommendation/request/'));
    expect(on('en')).toMatchObject({ relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE', missing: [] });
    expect(on('qps-ploc')).toMatchObject({ relationship: null, missing: ['relationship'] });
  });
  it('finds a request dialog by its heading', () => {
    expect(read('<dialog open><h2>Request a recommendation</h2><label for="r">Relationship</label><select id="r"></select><textarea></textarea></dialog>')?.kind).toBe('request');
  });
  it.each([
    ['a chat box', '<div role="dialog"><h2>Sam Rivera</h2><div contenteditable="true" role="textbox"></div></div>'],
    ['a closed native dialog', '<dialog><h2>Recommend Alex</h2><textarea></textarea></dialog>'],
    ['a hidden form', '<div hidden><div role="dialog"><h2>Recommend Alex</h2><textarea></textarea></div></div>'],
    ['a recommendations heading on a profile', '<main><section><h2>Recommendations</h2><button>Received</button></section></main>'],
    ['a post about relationships', '<main><p>Relationship advice: recommend your colleagues</p><textarea></textarea></main>'],
  ])('ignores %s', (_, html) => expect(read(html)).toBeNull());
});

describe('isLeadingWords', () => {
  it.each([
    ['Kim', 'Kim Park', true],
    ['Mary Ann', 'Mary Ann Lee', true],
    ['Zoe', 'Zoë Martin', true],
    ['Kim Park', 'Kim Park', false],
    ['Kim', 'Kimberly Park', false],
    ['Park', 'Kim Park', false],
    ['', 'Kim Park', false],
  ])('%s of %s: %s', (short, full, want) => expect(isLeadingWords(short, full)).toBe(want));
});

describe('firstNameFromWording', () => {
  it.each([
    ['Mary Ann Lee', ['Mary Ann was senior to you but didn’t manage you directly'], 'Mary Ann'],
    ['Jean Paul Sartre', ['You were Jean Paul’s client'], 'Jean Paul'],
    ['José María García', ['Jose\u0301 Maria managed you directly'], 'José María'],
    ['Mary Ann Lee', ['Mary Ann Lee', 'VP Data, Mareas Labs'], 'Mary'],
    ['Mary Ann Lee', ['You studied together'], 'Mary'],
    ['Mary Ann Lee', [], 'Mary'],
    ['Ann Marie Smith', ['Ann Mariel managed you directly'], 'Ann'],
    ['Dr. Aoife Nic Giolla', ['You managed Aoife directly'], 'Aoife'],
    ['🚀 Priya Nair 🚀', ['Recommend 🚀 Priya Nair 🚀'], 'Priya'],
  ])('%s with %j: %s', (name, wording, want) => expect(firstNameFromWording(name, wording)).toBe(want));
});

describe("the contact's name on a form", () => {
  const url = new URL('https://www.linkedin.com/in/kim-park/edit/forms/recommendation/write/');
  const options = (first: string) => `<option>Select an option</option><option>You managed ${first} directly</option><option>You taught ${first}</option>`;
  /** A write dialog over a legacy profile whose top card shows `topCard`. */
  const read = (topCard: string, heading: string, first = 'Kim') => readForm(restoreSelections(new DOMParser().parseFromString(`
    <main><section><a href="/in/kim-park/overlay/about-this-profile/"><h1>${topCard}</h1></a></section></main>
    <div role="dialog"><h2>${heading}</h2><label for="r">Relationship</label><select id="r">${options(first)}</select><textarea></textarea></div>`, 'text/html')), url)?.contact;

  it('keeps the fuller name the page shows when the heading gives only the first name', () => {
    expect(read('Kim Park', 'Recommend Kim')).toEqual({ id: 'kim-park', name: 'Kim Park', firstName: 'Kim' });
  });
  it('keeps a first name of two words from the heading, and the full name from the page', () => {
    expect(read('Mary Ann Lee', 'Recommend Mary Ann', 'Mary Ann')).toEqual({ id: 'kim-park', name: 'Mary Ann Lee', firstName: 'Mary Ann' });
  });
  it('matches the heading to the page without accents', () => {
    expect(read('Zoë Martin', 'Recommend Zoe', 'Zoe')).toEqual({ id: 'kim-park', name: 'Zoë Martin', firstName: 'Zoë' });
  });
  it('keeps the heading when the page shows a shorter or another name', () => {
    expect(read('Kim', 'Recommend Kim Park')).toEqual({ id: 'kim-park', name: 'Kim Park', firstName: 'Kim' });
    expect(read('Kimberly Park', 'Recommend Kim')).toEqual({ id: 'kim-park', name: 'Kim', firstName: 'Kim' });
  });
});

describe('readPosition', () => {
  const on = (file: string) => loadFixture(FIXTURES.find((f) => f.file === file)!);
  it.each([
    ['form-request-modal.html', 'Product Designer at Norrland Freight'],
    ['form-write-dialog.html', 'UX Researcher at Mareas Labs'],
    ['form-request-combobox.html', 'UX Researcher at Mareas Labs'],
    ['feed-busy.html', null],
  ])('%s: %s', (file, position) => expect(readPosition(on(file))).toBe(position));

  it('is null while nothing is chosen, and never throws', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="dialog" data-test-modal class="artdeco-modal"><h2>Request a recommendation</h2><label for="p">Position at the time</label><select id="p"><option value="">Select an option</option><option value="a">Designer</option></select><textarea></textarea></div>`,
      'text/html',
    );
    expect(readPosition(doc)).toBeNull();
    expect(readPosition({ querySelector: () => { throw new Error('gone'); }, querySelectorAll: () => { throw new Error('gone'); } } as never)).toBeNull();
  });
});
