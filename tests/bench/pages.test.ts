import { readForm } from '@/components/linkedin/form';
import { readProfile } from '@/components/linkedin/profile';
import { isVouchPage, pageKind } from '@/storage/linkedin-urls';
import { feedPage, FEED_PATH } from './pages/feed.mjs';
import { formPage, FORM_PATH } from './pages/form.mjs';
import { CONTACT, escapeHtml, requestFormModal, VIEWER } from './pages/markup.mjs';
import { spaPage, spaPages, SPA_PATHS } from './pages/spa.mjs';
import { stormPage, STORM_PATH } from './pages/storm.mjs';

const url = (path: string) => new URL(`https://www.linkedin.com${path}`);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the pages Vouch must leave alone', () => {
  it.each([
    ['feed', FEED_PATH],
    ['storm', STORM_PATH],
    ['SPA feed', SPA_PATHS.feed],
  ])('%s is a feed page, where Vouch does nothing', (_name, path) => {
    expect(pageKind(url(path))).toBe('feed');
    expect(isVouchPage(pageKind(url(path)))).toBe(false);
  });

  it('the heavy feed has a few hundred posts, half of them added on scroll', () => {
    const doc = parse(feedPage());
    expect(doc.querySelectorAll('#feed > [role="article"]')).toHaveLength(150);
    const later = doc.querySelector<HTMLTemplateElement>('#more-posts')!.content;
    expect(later.querySelectorAll('[role="article"]')).toHaveLength(150);
  });

  it('the storm page has its size-contained live region and some posts', () => {
    const doc = parse(stormPage());
    expect(doc.getElementById('live')?.getAttribute('style')).toContain('contain:strict');
    expect(doc.querySelectorAll('[role="article"]').length).toBeGreaterThan(10);
  });
});

describe('the pages where Vouch must act', () => {
  it('the request form, once inserted, is a form Vouch recognises', () => {
    const doc = parse(`<body>${requestFormModal()}</body>`);
    const form = readForm(doc, url(FORM_PATH));
    expect(form).toMatchObject({ kind: 'request', contact: { id: CONTACT.id }, maxLength: 3000 });
    expect(form?.textBox).not.toBeNull();
  });

  it('the form page holds no form until the bench opens it', () => {
    expect(readForm(parse(formPage()), url(FORM_PATH))).toBeNull();
  });

  it('the SPA serves one document for a profile, the form and the feed', () => {
    const pages = spaPages();
    expect(Object.keys(pages).map((p) => pageKind(url(p)))).toEqual(['profile', 'request-form', 'feed']);
    expect(new Set(Object.values(pages)).size).toBe(1);
  });

  it("the SPA's profile view reads as Jane's profile, seen by the viewer", () => {
    const doc = parse(spaPage());
    const view = doc.querySelector<HTMLTemplateElement>('#view-profile')!.content;
    const body = doc.createElement('div');
    body.append(doc.importNode(view, true));
    doc.body.prepend(body);
    const profile = readProfile(doc, url(SPA_PATHS.profile));
    expect(profile.contact).toMatchObject({ id: CONTACT.id, name: CONTACT.name });
    expect(profile.viewer).toEqual(VIEWER);
  });
});

describe('the pages are self-contained', () => {
  it.each([
    ['feed', feedPage()],
    ['storm', stormPage()],
    ['form', formPage()],
    ['spa', spaPage()],
  ])('%s loads nothing from anywhere', (_name, html) => {
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link\b/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) expect(h.startsWith('/') || h.startsWith('https://www.linkedin.com/')).toBe(true);
  });

  it('never builds markup with innerHTML', () => {
    for (const html of [feedPage(), stormPage(), formPage(), spaPage()]) expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>Tom & "Jerry"</b>', '&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;'],
    ["O'Neil", 'O&#39;Neil'],
    ['plain text', 'plain text'],
  ])('%s', (raw, want) => expect(escapeHtml(raw)).toBe(want));
});
