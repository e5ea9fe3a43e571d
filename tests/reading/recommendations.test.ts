import { describe, expect, it } from 'vitest';
import { findRecommendationsCard, readItem, readRecommendations } from '@/entrypoints/linkedin.content/pages/recommendations';

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
