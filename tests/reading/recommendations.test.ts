import { describe, expect, it } from 'vitest';
import {
  findRecommendationsCard,
  readItem,
  readPendingItem,
  readRecommendations,
} from '@/components/linkedin/recommendations';
import { readProfile } from '@/components/linkedin/profile';
import { parseRelativeTime } from '@/components/linkedin/relative-time';
import { FIXTURES, loadFixture, VARIANTS } from './fixtures';

const doc = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body><main>${html}</main></body></html>`, 'text/html');
const names = (r: ReturnType<typeof readRecommendations>) => r && { received: r.received.map((i) => i.name), given: r.given.map((i) => i.name) };
const item = (vanity: string, name: string, line = 'May 1, 2020, x worked with y on the same team') =>
  `<div><a href="/in/${vanity}/"><p>${name}</p><p>Head of Things</p><p>${line}</p></a><span data-testid="expandable-text-box">Great.</span></div>`;

describe('findRecommendationsCard', () => {
  it.each([
    ['legacy anchor', '<section id="s"><div id="recommendations"></div></section>', 's'],
    ['component key', '<section id="s" componentkey="com.linkedin.sdui.profile.card.refXRecommendationsTopLevel"></section>', 's'],
    ['view name', '<div id="s" data-view-name="profile-card-recommendations"></div>', 's'],
    ['heading text', '<section id="s"><h2><span aria-hidden="true">Recommendations</span><span class="visually-hidden">Recommendations</span></h2></section>', 's'],
    ['sidebar heading is not the card', '<aside><section id="s"><h2>Recommendations</h2></section></aside>', null],
    ['another card', '<section id="s"><h2>Recommended for you</h2></section>', null],
  ])('%s', (_, html, id) => expect(findRecommendationsCard(doc(html))?.id ?? null).toBe(id));
});

describe('readRecommendations', () => {
  it.each([
    ['tabs as role=button, lists after them',
      `<section><h2>Recommendations</h2><div><div role="button" aria-pressed="true">Given (1)</div><div role="button">Received (1)</div></div><div>${item('a', 'Ann')}</div><div hidden>${item('b', 'Bo')}</div></section>`,
      { received: ['Bo'], given: ['Ann'] }, []],
    ['a list-wide component key around every item',
      `<section><h2>Recommendations</h2><div><button role="radio" aria-checked="true">Received (2)</button><button role="radio">Given (0)</button></div><div componentkey="list">${item('a', 'Ann')}<hr role="presentation">${item('b', 'Bo')}</div><div hidden><p>Nothing to see for now</p></div></section>`,
      { received: ['Ann', 'Bo'], given: [] }, []],
    ['only the active tab\'s list is rendered',
      `<section><h2>Recommendations</h2><div><button role="tab" aria-selected="false">Received</button><button role="tab" aria-selected="true">Given</button></div><div>${item('a', 'Ann')}</div></section>`,
      { received: [], given: ['Ann'] }, ['recommendations.received']],
    ['a profile link inside a recommendation\'s text is a mention, not another item',
      `<section><h2>Recommendations</h2><div><button role="radio" aria-checked="true">Received (1)</button><button role="radio">Given (0)</button></div><div componentkey="list"><div><a href="/in/ann/"><p>Ann</p><p>Lead</p></a><span data-testid="expandable-text-box">Ann and <a href="/in/cy/">Cy Moss</a> rebuilt our billing.</span></div></div><div hidden><p>Nothing to see for now</p></div></section>`,
      { received: ['Ann'], given: [] }, []],
    ['a card without tabs',
      `<section><h2>Recommendations</h2>${item('a', 'Ann')}</section>`,
      null, ['recommendations.tabs']],
  ])('%s', (_, html, want, missing) => {
    const m: string[] = [];
    expect(names(readRecommendations(doc(html), 'Owner', m))).toEqual(want);
    expect(m).toEqual(missing);
  });
});

describe('readItem', () => {
  const box = (html: string) => doc(html).querySelector('main > *')!;
  it.each([
    ['name, headline, line and text', item('sam', 'Sam Rivera · 1st', 'May 1, 2020, Sam managed Alex directly'), 'received',
      { name: 'Sam Rivera', profileId: 'sam', headline: 'Head of Things', date: new Date(Date.UTC(2020, 4, 1)), relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE', text: 'Great.' }],
    ['given side flips the direction', item('sam', 'Sam Rivera', 'May 1, 2020, Sam managed Alex directly'), 'given',
      { name: 'Sam Rivera', profileId: 'sam', headline: 'Head of Things', date: new Date(Date.UTC(2020, 4, 1)), relationship: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE', text: 'Great.' }],
    ['no date line: headline then text', '<div><a href="/in/sam/"><p>Sam</p><p>Lead</p></a><p>Great.</p></div>', 'received',
      { name: 'Sam', profileId: 'sam', headline: 'Lead', text: 'Great.' }],
    ['a headline that says "manager" is not a relationship', '<div><a href="/in/sam/"><p>Sam</p><p>Engineering Manager</p></a></div>', 'received',
      { name: 'Sam', profileId: 'sam', headline: 'Engineering Manager' }],
  ] as const)('%s', (_, html, side, want) => expect(readItem(box(html), side, 'Alex')).toEqual(want));
});

describe('pending requests on the user’s own details page', () => {
  const NOW = new Date('2025-06-01T12:00:00Z');
  const ownPending = FIXTURES.find((f) => f.file === 'details-own-pending.html')!;

  it('reads the Pending tab’s rows, dated from their captions, without touching Received and Given', () => {
    const m: string[] = [];
    const r = readRecommendations(loadFixture(ownPending), 'Alex', m, NOW);
    expect(r?.pending).toEqual([
      {
        name: 'Omar Haddad',
        profileId: 'omar-haddad',
        headline: 'Backend engineer',
        date: new Date('2025-05-30T00:00:00Z'),
        text: 'Hi Omar, can you write me a recommendation?',
      },
    ]);
    expect(r?.received.map((i) => i.profileId)).toEqual(['renee-lefevre']);
    expect(r?.given.map((i) => i.profileId)).toEqual(['sam-rivera']);
    expect(m).toEqual([]);
  });

  it('in the pseudo-locale, reads the same rows by their place, undated (the caption is words only)', () => {
    const m: string[] = [];
    const variant = VARIANTS.find((v) => v.of === ownPending.file)!;
    const r = readRecommendations(loadFixture(variant), 'Alex', m, NOW, new URL(variant.url));
    expect(r?.pending).toEqual([
      { name: 'Omar Haddad', profileId: 'omar-haddad', headline: 'Backend engineer', text: 'Hi Omar, can you write me a recommendation?' },
    ]);
    expect([r?.received.map((i) => i.profileId), r?.given.map((i) => i.profileId)]).toEqual([['renee-lefevre'], ['sam-rivera']]);
  });

  it.each(['de', 'pt'])('in %s (second-hand), reads the same rows dated from "vor 2 Tagen" / "há 2 dias"', (lang) => {
    const m: string[] = [];
    const variant = VARIANTS.find((v) => v.of === ownPending.file && v.lang === lang)!;
    const r = readRecommendations(loadFixture(variant), 'Alex', m, NOW, new URL(variant.url));
    expect(r?.pending).toEqual([
      { name: 'Omar Haddad', profileId: 'omar-haddad', headline: 'Backend engineer', date: new Date('2025-05-30T00:00:00Z'), text: 'Hi Omar, can you write me a recommendation?' },
    ]);
    expect([r?.received.map((i) => i.profileId), r?.given.map((i) => i.profileId)]).toEqual([['renee-lefevre'], ['sam-rivera']]);
  });

  it('readProfile passes the pending rows on', () => {
    const r = readProfile(loadFixture(ownPending), new URL(ownPending.url));
    expect(r.recommendations?.pending?.map((i) => [i.profileId, i.text])).toEqual([['omar-haddad', 'Hi Omar, can you write me a recommendation?']]);
  });

  it('pages without a Pending tab have no pending list', () => {
    for (const f of FIXTURES.filter((x) => x !== ownPending)) {
      expect(readProfile(loadFixture(f), new URL(f.url)).recommendations?.pending, f.file).toBeUndefined();
    }
  }, 30_000); // every fixture, the busy feed among them

  // Rounded down to the caption's unit (days and longer: the UTC day), so that a re-read gives the same date.
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each([
    ['Requested · 2 days ago', day('2025-05-30')],
    ['Sent · 1 week ago', day('2025-05-25')],
    ['Requested · a month ago', day('2025-05-02')],
    ['Sent · an hour ago', new Date('2025-06-01T11:00:00Z')],
    ['Requested · 3 mo ago', day('2025-03-03')],
    ['Sent · 2w', day('2025-05-18')],
    ['Requested 5d ago', day('2025-05-27')],
    ['Requested · 1 yr ago', day('2024-06-01')],
    ['Sent · 10 minutes ago', new Date('2025-06-01T11:50:00Z')],
    ['Requested · yesterday', day('2025-05-31')],
    ['Requested · today', day('2025-06-01')],
    ['Sent · just now', NOW],
  ])('%s', (caption, want) => expect(parseRelativeTime(caption, NOW)).toEqual(want));

  it('gives the same date a few seconds later', () => {
    const later = new Date(NOW.getTime() + 7_000);
    expect(parseRelativeTime('Requested · 2 days ago', later)).toEqual(parseRelativeTime('Requested · 2 days ago', NOW));
  });

  it.each(['Requested', 'Sent', 'Angefragt · vor 2 Tagen', 'Requested · recently', ''])('%s has no date', (caption) =>
    expect(parseRelativeTime(caption, NOW)).toBeNull(),
  );

  // Other languages: phrases built from Intl.RelativeTimeFormat for the page's language (relative-time.ts).
  it.each([
    ['de', 'Ausstehend · vor 2 Tagen', day('2025-05-30')], ['de', 'vor 1 Woche', day('2025-05-25')],
    ['de', 'gestern', day('2025-05-31')], ['de', 'vorgestern', day('2025-05-30')], ['de', 'vor 3 Monaten', day('2025-03-03')],
    ['de', 'vor 3 Std.', new Date('2025-06-01T09:00:00Z')],
    ['fr', 'En attente · il y a 3 semaines', day('2025-05-11')], ['fr', 'hier', day('2025-05-31')], ['fr', 'il y a 10 minutes', new Date('2025-06-01T11:50:00Z')],
    ['es', 'Pendiente · hace 5 días', day('2025-05-27')], ['es', 'hace 1 año', day('2024-06-01')], ['es', 'anteayer', day('2025-05-30')],
    ['pt', 'há 2 semanas', day('2025-05-18')], ['pt', 'há 1 mês', day('2025-05-02')], ['pt', 'ontem', day('2025-05-31')],
    ['pt-BR', 'Há 21 dias', day('2025-05-11')],
    ['it', 'In sospeso · 2 giorni fa', day('2025-05-30')], ['it', 'l’altro ieri', day('2025-05-30')], ['it', '1 settimana fa', day('2025-05-25')],
    ['pl', '2 dni temu', day('2025-05-30')], ['pl', '5 tygodni temu', day('2025-04-27')], ['pl', 'wczoraj', day('2025-05-31')],
    ['pl', '3 godz. temu', new Date('2025-06-01T09:00:00Z')],
    ['nl', '2 dagen geleden', day('2025-05-30')], ['nl', '1 week geleden', day('2025-05-25')], ['nl', 'gisteren', day('2025-05-31')],
    ['en', 'last week', day('2025-05-25')],
  ])('%s: %s', (lang, caption, want) => expect(parseRelativeTime(caption, NOW, lang)).toEqual(want));

  it.each([['de', 'Sent · 2 days ago'], ['fr', 'vor 2 Tagen'], ['pt', 'Requested · recently'], ['xx-invalid-', 'hier']])(
    '%s: %s has no date', (lang, caption) => expect(parseRelativeTime(caption, NOW, lang)).toBeNull());

  it('an absolute date is taken as it is', () =>
    expect(parseRelativeTime('Sent on May 1, 2020', NOW)).toEqual(new Date(Date.UTC(2020, 4, 1))));

  it.each([
    ['caption, then text', '<div><a href="/in/omar/"><p>Omar · 1st</p><p>Engineer</p><p>Sent · 1 week ago</p></a><p>Please?</p></div>',
      { name: 'Omar', profileId: 'omar', headline: 'Engineer', date: new Date('2025-05-25T00:00:00Z'), text: 'Please?' }],
    ['no headline', '<div><a href="/in/omar/"><p>Omar</p><p>Requested · 2 days ago</p></a><p>Please?</p></div>',
      { name: 'Omar', profileId: 'omar', date: new Date('2025-05-30T00:00:00Z'), text: 'Please?' }],
    ['an unreadable caption is not text', '<div><a href="/in/omar/"><p>Omar</p><p>Engineer</p><p>Requested · some time ago</p></a></div>',
      { name: 'Omar', profileId: 'omar', headline: 'Engineer' }],
    ['no caption at all', '<div><a href="/in/omar/"><p>Omar</p><p>Engineer</p></a><p>Please?</p></div>',
      { name: 'Omar', profileId: 'omar', headline: 'Engineer', text: 'Please?' }],
  ] as const)('readPendingItem: %s', (_, html, want) =>
    expect(readPendingItem(doc(html).querySelector('main > *')!, NOW)).toEqual(want));
});
