/**
 * The recommendations a profile shows, on the profile's card (both front-ends) and on the
 * "details" page. Both tab panels are in the DOM (the inactive one hidden), so both are read. Found
 * by structure in any display language: the card by its key, anchor or the details page's URL; the
 * tabs by their role and order (Received first, Given last, Pending between them on one's own
 * page). Where the page's language has words for a tab ("Received (2)", "Pending"), the label
 * decides instead, since the own page's order has been reported both ways.
 */
import { IDENTITY_SELECTORS, isProfileLink } from './identity';
import { parseRelationshipLine, readsRelationships } from './relationship';
import { pageLanguage, wordingFor } from './wording';
import { parseRelativeTime } from './relative-time';
import { firstNameOf, oneLine, readLines, stripBadge } from './text';
import { pageKind, profileIdFromHref } from '@/storage/linkedin-urls';
import type { RecommendationItem } from '@/storage/page-sync';

export interface Recommendations {
  received: RecommendationItem[];
  given: RecommendationItem[];
  /**
   * The user's own requests still waiting for an answer, from the Pending tab of their own details
   * page ("Requested · 2 days ago"): the item's person is the one asked, its text the user's
   * request. Absent where the page shows no Pending tab (every other page).
   */
  pending?: RecommendationItem[];
}

/** Each entry names one selector; tests/reading/selector-counts.ts says how many elements it matches on each fixture page. */
export const RECOMMENDATION_SELECTORS = {
  /** Legacy card anchor: the card is the `section` around it. */
  legacyAnchor: { css: '#recommendations' },
  /** New front-end card, keyed by its component key's suffix. */
  sduiCard: { css: '[componentkey$="RecommendationsTopLevel"]' },
  /** Fallback named by docs/linkedin-pages.md for the new front-end. */
  viewNameCard: { css: '[data-view-name="profile-card-recommendations"]' },
  /** The details page's list: the section in `main` holding the tabs. */
  detailsSection: { css: 'main section' },
  /** Fallback of last resort: any section, told apart by its heading's text (where the language is known). */
  headings: { css: 'section h2, [componentkey] h2' },
  /** Tab-like controls; told apart by their label. */
  tabs: { css: '[role="tab"], [role="radio"], button[aria-pressed], button[aria-selected]' },
  /** A recommendation's long text on the new front-end (docs/linkedin-pages.md): profile links inside it are mentions, not its author. */
  expandableText: { css: '[data-testid="expandable-text-box"]' },
  /** Legacy tab panels, paired to tabs by `aria-controls` / `aria-labelledby`. */
  panels: { css: '[role="tabpanel"]' },
};

type Tab = 'received' | 'given' | 'pending';

function tabOf(label: string, lang: string): Tab | null {
  const l = oneLine(label);
  const tabs = wordingFor(lang).tabs ?? {};
  return (['received', 'given', 'pending'] as const).find((t) => tabs[t]?.test(l)) ?? null;
}

/** The recommendations card, or the details page's list section; null when not rendered yet. */
export function findRecommendationsCard(doc: Document, url?: URL): Element | null {
  const s = RECOMMENDATION_SELECTORS;
  const anchor = doc.querySelector(s.legacyAnchor.css);
  const legacy = anchor?.closest('section');
  if (legacy) return legacy;
  const byKey = doc.querySelector(s.sduiCard.css) ?? doc.querySelector(s.viewNameCard.css);
  if (byKey) return byKey;
  if (url && pageKind(url) === 'recommendations') {
    const list = Array.from(doc.querySelectorAll(s.detailsSection.css)).find((el) => el.querySelector(s.tabs.css));
    if (list) return list;
  }
  const words = wordingFor(pageLanguage(doc)).recommendationsHeading;
  const heading = words && Array.from(doc.querySelectorAll(s.headings.css)).find(
    (h) => !h.closest('aside, [role="complementary"]') && words.test(oneLine(readLines(h)[0] ?? '')),
  );
  return heading?.closest('section, [componentkey]') ?? null;
}

const labelOf = (el: Element) => readLines(el).join(' ') || el.textContent || el.getAttribute('aria-label') || '';

/** Tabs by their order: Received first, Given last, Pending between them. */
const BY_ORDER: Record<number, Tab[]> = { 2: ['received', 'given'], 3: ['received', 'pending', 'given'] };

function tabsIn(card: Element, lang: string): { tab: Tab; el: Element }[] {
  const tabLike = Array.from(card.querySelectorAll(RECOMMENDATION_SELECTORS.tabs.css));
  const order = BY_ORDER[tabLike.length];
  if (order) {
    const worded = tabLike.map((el) => tabOf(labelOf(el), lang));
    const byWords = worded.every(Boolean) && new Set(worded).size === worded.length;
    return tabLike.map((el, i) => ({ tab: byWords ? worded[i]! : order[i]!, el }));
  }
  // No tab bar of a known shape: tab-like buttons named in the page's language.
  const found: { tab: Tab; el: Element }[] = [];
  for (const el of Array.from(card.querySelectorAll(`${RECOMMENDATION_SELECTORS.tabs.css}, button, [role="button"]`))) {
    const tab = tabOf(labelOf(el), lang);
    if (tab && !found.some((f) => f.el === el || f.el.contains(el))) found.push({ tab, el });
  }
  return found;
}

function isActive(el: Element): boolean {
  return ['aria-selected', 'aria-checked', 'aria-pressed'].some((a) => el.getAttribute(a) === 'true');
}

function personLinks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(IDENTITY_SELECTORS.profileLinks.css)).filter(
    (a) => isProfileLink(a) && !a.closest(RECOMMENDATION_SELECTORS.expandableText.css),
  );
}

/** The panel each tab shows: by ARIA wiring, else the lists after the tabs, in the tabs' order. */
function panelsFor(card: Element, tabs: { tab: Tab; el: Element }[]): Map<Tab, Element> {
  const doc = card.ownerDocument;
  const result = new Map<Tab, Element>();
  for (const { tab, el } of tabs) {
    const controls = el.getAttribute('aria-controls');
    const byControls = controls ? doc.getElementById(controls) : null;
    const byLabel = el.id
      ? Array.from(card.querySelectorAll('[aria-labelledby]')).find((p) => (p.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(el.id))
      : undefined;
    const panel = byControls ?? byLabel;
    if (panel && !result.has(tab)) result.set(tab, panel);
  }
  if (result.size > 0) return result;
  const ariaPanels = Array.from(card.querySelectorAll(RECOMMENDATION_SELECTORS.panels.css));
  const lists = ariaPanels.length ? ariaPanels : listsAfterTabs(card, tabs);
  if (lists.length === tabs.length) {
    tabs.forEach(({ tab }, i) => lists[i] && !result.has(tab) && result.set(tab, lists[i]!));
  } else if (lists.length === 1) {
    const active = tabs.find((t) => isActive(t.el));
    if (active) result.set(active.tab, lists[0]!);
  }
  return result;
}

/** Siblings following the tab bar that hold items, or hold nothing but are hidden (an empty tab). */
function listsAfterTabs(card: Element, tabs: { el: Element }[]): Element[] {
  const first = tabs[0]?.el;
  if (!first) return [];
  let bar: Element = first;
  while (bar.parentElement && bar.parentElement !== card && !tabs.every((t) => bar.parentElement!.contains(t.el))) {
    bar = bar.parentElement;
  }
  bar = bar.parentElement && bar.parentElement !== card && tabs.every((t) => bar.parentElement!.contains(t.el)) ? bar.parentElement : bar;
  const lists: Element[] = [];
  for (let sib = bar.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (sib.tagName === 'HR') continue;
    // An empty tab shows a line of text and no link at all.
    if (personLinks(sib).length > 0 || sib.hasAttribute('hidden') || !sib.querySelector('a')) lists.push(sib);
  }
  return lists;
}

/**
 * One element per recommendation: the largest box around a person's link that holds no one else's.
 * One pass marks every ancestor with the single person it holds (or several), so a details page
 * with hundreds of items is read in linear time.
 */
function itemBoxes(panel: Element): Element[] {
  const MANY = '\u0000many';
  const holds = new Map<Element, string>();
  const links: { link: Element; id: string }[] = [];
  for (const link of personLinks(panel)) {
    const id = profileIdFromHref(link.getAttribute('href') ?? '');
    if (!id) continue;
    links.push({ link, id });
    for (let el: Element | null = link; el && el !== panel; el = el.parentElement) {
      const seen = holds.get(el);
      if (seen === id || seen === MANY) break; // the rest of the way up is already marked
      holds.set(el, seen === undefined ? id : MANY);
    }
  }
  const boxes = new Set<Element>();
  for (const { link, id } of links) {
    // A list-wide wrapper (one component key around every item) is not an item.
    const explicit = link.closest('li, [componentkey]');
    let box: Element = link;
    if (explicit && explicit !== panel && panel.contains(explicit) && holds.get(explicit) === id) {
      box = explicit;
    } else {
      while (box.parentElement && box.parentElement !== panel && holds.get(box.parentElement) === id) box = box.parentElement;
    }
    boxes.add(box);
  }
  // Keep the outermost boxes only (a person's box never holds another's, but may hold their own twice).
  return [...boxes].filter((b) => ![...ancestorsWithin(b, panel)].some((a) => boxes.has(a)));
}

function* ancestorsWithin(el: Element, stop: Element): Generator<Element> {
  for (let a = el.parentElement; a && a !== stop; a = a.parentElement) yield a;
}

/** A person's box, line by line: the badge after the name (on its line or the next) taken away. */
function personLines(box: Element): string[] {
  const [name = '', ...rest] = readLines(box);
  if (rest[0] !== undefined && !stripBadge(rest[0])) rest.shift();
  return [stripBadge(name), ...rest].filter(Boolean);
}

/** One recommendation, read from its box; `owner` is the profile's first name, for direction. */
export function readItem(box: Element, side: 'received' | 'given', ownerFirstName: string, lang = 'en'): RecommendationItem | null {
  const link = personLinks(box)[0] ?? (box.matches('a') ? box : null);
  const profileId = link ? profileIdFromHref(link.getAttribute('href') ?? '') : null;
  const lines = personLines(box);
  const name = lines[0];
  if (!profileId || !name) return null;
  const item: RecommendationItem = { name, profileId };
  const person = firstNameOf(name);
  const names = side === 'received'
    ? { recommenderFirstName: person, recommendeeFirstName: ownerFirstName }
    : { recommenderFirstName: ownerFirstName, recommendeeFirstName: person };
  const dateAt = lines.findIndex((l, i) => i > 0 && parseRelationshipLine(l, {}, lang).date !== null);
  if (dateAt > 1) item.headline = lines[1];
  if (dateAt < 0 && lines[1]) item.headline = lines[1];
  if (dateAt > 0) {
    const { date, kind } = parseRelationshipLine(lines[dateAt]!, names, lang);
    if (date) item.date = date;
    if (kind) item.relationship = kind;
  }
  const body = lines.slice(dateAt > 0 ? dateAt + 1 : 2).join('\n');
  if (body) item.text = body;
  return item;
}

/** One pending request, read from its box: name, headline, the "Requested · …" caption, the request's text. */
export function readPendingItem(box: Element, now: Date, lang = 'en'): RecommendationItem | null {
  const link = personLinks(box)[0] ?? (box.matches('a') ? box : null);
  const profileId = link ? profileIdFromHref(link.getAttribute('href') ?? '') : null;
  const lines = personLines(box);
  const name = lines[0];
  if (!profileId || !name) return null;
  const item: RecommendationItem = { name, profileId };
  // The caption by its words where the language is known, else by its place: after name and headline.
  const words = wordingFor(lang).pendingCaption;
  const worded = words ? lines.findIndex((l, i) => i > 0 && words.test(oneLine(l))) : -1;
  const captionAt = worded > 0 ? worded : !words && lines.length > 3 ? 2 : -1;
  if (captionAt > 1 || (captionAt < 0 && lines[1])) item.headline = lines[1];
  if (captionAt > 0) {
    const date = parseRelativeTime(lines[captionAt]!, now, lang);
    if (date) item.date = date;
  }
  const body = lines.slice(captionAt > 0 ? captionAt + 1 : 2).join('\n');
  if (body) item.text = body;
  return item;
}

/**
 * Both lists from a card, or null (with the reason in `missing`) when the card or its tabs cannot
 * be found. A tab whose panel is absent yields an empty list and its own `missing` entry. Where the
 * page has a Pending tab (the user's own details page), its requests are in `pending`, dated from
 * their relative captions against `now`.
 */
export function readRecommendations(
  doc: Document,
  ownerFirstName: string,
  missing: string[],
  now: Date = new Date(),
  url?: URL,
): Recommendations | null {
  const lang = pageLanguage(doc);
  const card = findRecommendationsCard(doc, url);
  if (!card) {
    missing.push('recommendations');
    return null;
  }
  const tabs = tabsIn(card, lang);
  if (tabs.length === 0) {
    missing.push('recommendations.tabs');
    return null;
  }
  const panels = panelsFor(card, tabs);
  const result: Recommendations = { received: [], given: [] };
  for (const side of ['received', 'given'] as const) {
    const panel = panels.get(side);
    if (!panel) {
      if (tabs.some((t) => t.tab === side)) missing.push(`recommendations.${side}`);
      continue;
    }
    for (const box of itemBoxes(panel)) {
      const item = readItem(box, side, ownerFirstName, lang);
      if (item) result[side].push(item);
    }
  }
  const pending = panels.get('pending');
  if (pending) {
    result.pending = [];
    for (const box of itemBoxes(pending)) {
      const item = readPendingItem(box, now, lang);
      if (item) result.pending.push(item);
    }
  }
  // Dated captions whose relationship is worded in a language Vouch has no words for.
  if (!readsRelationships(lang) && [...result.received, ...result.given].some((i) => i.date)) missing.push('recommendations.relationship');
  return result;
}
