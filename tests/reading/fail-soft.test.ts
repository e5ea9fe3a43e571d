import { describe, expect, it } from 'vitest';
import { readForm } from '@/components/linkedin/form';
import { readProfile } from '@/components/linkedin/profile';
import { readItem } from '@/components/linkedin/recommendations';
import { FIXTURES, fixtureHtml } from './fixtures';

const URLS = FIXTURES.map((f) => new URL(f.url)).concat(new URL('https://www.linkedin.com/in/x/'), new URL('https://example.com/'));
const GARBAGE = [
  '',
  '<',
  '<html><body><main><section><div id="recommendations"></div></section></main>',
  '<section componentkey="RecommendationsTopLevel"><button role="tab">Received</button><button role="tab" aria-controls="">Given</button></section>',
  '<section componentkey="xRecommendationsTopLevel"><button role="radio">Received (1)</button><a href="/in/">?</a><a href="/in/%E0%A4%A/">x</a></section>',
  '<div role="dialog"><label for="">Relationship</label><select></select></div><dialog open><h2>Recommend</h2></dialog>',
  '<main><h1></h1><a href="/in/me/overlay/x"></a></main>' + '<div>'.repeat(2000),
  '\u0000\uFFFF<svg><a href="/in/x"><p>x</p></a></svg>',
];
// Half of a real page, cut anywhere: what a reader sees mid-hydration.
const HALVES = FIXTURES.slice(0, 12).map((f) => fixtureHtml(f)).map((html) => html.slice(0, Math.floor(html.length / 2)));

describe('readers never throw', () => {
  it.each([...GARBAGE, ...HALVES].map((html, i) => [i, html] as const))('document %i', (_, html) => {
    // Readers only read: one parse serves every URL.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const url of URLS) {
      expect(() => readProfile(doc, url)).not.toThrow();
      expect(() => readForm(doc, url)).not.toThrow();
      expect(readProfile(doc, url).missing).toBeInstanceOf(Array);
    }
  });

  it('reports what is missing on an empty profile page', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    expect(readProfile(doc, new URL('https://www.linkedin.com/in/sam/'))).toEqual({
      contact: { id: 'sam', name: '', firstName: '' },
      viewer: null,
      isOwnProfile: false,
      recommendations: null,
      missing: ['viewer', 'name', 'memberUrn', 'recommendations'],
    });
    expect(readForm(doc, new URL('https://www.linkedin.com/in/sam/edit/forms/recommendation/write/'))).toBeNull();
  });

  const hostileDocument = () => new Proxy(new DOMParser().parseFromString('<main></main>', 'text/html'), {
    get(target, key) {
      if (key === 'querySelector' || key === 'querySelectorAll') throw new Error('detached');
      const v = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });

  it('survives a document whose methods throw', () => {
    const hostile = hostileDocument();
    const url = new URL('https://www.linkedin.com/in/sam/');
    expect(() => readProfile(hostile, url)).not.toThrow();
    // Not a form's URL: an error while looking for a form is no form, as on any profile.
    expect(readForm(hostile, url)).toBeNull();
  });

  it("on a form's own URL, says the form can't be read instead of returning no form, and hands the error over", () => {
    const errors: [string, unknown][] = [];
    const onError = (where: string, e: unknown) => errors.push([where, e]);
    expect(readForm(hostileDocument(), new URL('https://www.linkedin.com/in/sam/edit/forms/recommendation/write/'), onError)).toEqual({
      kind: 'write', contact: { id: 'sam' }, textBox: null, maxLength: null, relationship: null, missing: ['form'],
    });
    expect(readForm(hostileDocument(), new URL('https://www.linkedin.com/in/me/edit/forms/recommendation/ask/'), onError)).toEqual({
      kind: 'request', contact: { id: '' }, textBox: null, maxLength: null, relationship: null, missing: ['form', 'contact'],
    });
    expect(errors.map(([where, e]) => [where, (e as Error).message])).toEqual([['read-form', 'detached'], ['read-form', 'detached']]);
  });

  it('names the part of a found form that failed, and still reads the rest', () => {
    const doc = new DOMParser().parseFromString(
      '<dialog open><h2>Recommend Sam Rivera</h2><label for="r">Relationship</label><select id="r"><option>You taught Sam</option></select><textarea id="t" maxlength="3000"></textarea></dialog>',
      'text/html',
    );
    // LinkedIn's page replacing the dialog's links mid-read: only the contact's part throws.
    const dialog = doc.querySelector('dialog')!;
    const all = dialog.querySelectorAll.bind(dialog);
    dialog.querySelectorAll = ((css: string) => {
      if (css.includes('/in/')) throw new Error('gone');
      return all(css);
    }) as typeof dialog.querySelectorAll;
    const errors: string[] = [];
    const r = readForm(doc, new URL('https://www.linkedin.com/in/sam-rivera/edit/forms/recommendation/write/'), (where) => errors.push(where));
    expect(r && { ...r, textBox: r.textBox?.id }).toEqual({
      kind: 'write', contact: { id: 'sam-rivera' }, textBox: 't', maxLength: 3000, relationship: 'RECOMMENDER_TAUGHT_RECOMMENDEE', missing: ['contact'],
    });
    expect(errors).toEqual(['read-form:contact']);
  });

  it('hands a profile reading error over too', () => {
    const errors: string[] = [];
    const r = readProfile(hostileDocument(), new URL('https://www.linkedin.com/in/sam/'), (where) => errors.push(where));
    expect(r.missing).toContain('page');
    expect(errors).toEqual(['read-profile']);
  });

  it('reads no item from a box without a person', () => {
    const box = new DOMParser().parseFromString('<li><p>Nothing to see for now</p></li>', 'text/html').querySelector('li')!;
    expect(readItem(box, 'received', 'Sam')).toBeNull();
  });
});
