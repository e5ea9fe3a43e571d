/**
 * Who is who: the signed-in viewer (from the global navigation's "Me" menu, outside the page's
 * `main`) and a profile's member URN (from `componentkey` on the new front-end, from `profileUrn=`
 * in hrefs on the legacy one and in form URLs). Plain URN strings can vanish after hydration, so
 * they are read from attributes, never from scripts.
 */
import { pageProfileId, profileIdFromHref } from '@/storage/linkedin-urls';
import { oneLine, readLines } from './text';

export interface Viewer {
  id: string;
  name: string;
}

const MEMBER_ID = 'ACo[A-Za-z0-9_-]{36}';
const URN = new RegExp(`urn:li:fsd_profile:(${MEMBER_ID})`);
const COMPONENT_REF = new RegExp(`profile\\.card\\.ref(${MEMBER_ID})`);

/** Each entry names one selector; tests/reading/selector-counts.ts says how many elements it matches on each fixture page. */
export const IDENTITY_SELECTORS = {
  /** The global navigation: LinkedIn's own id on the legacy page, landmarks on any other. */
  nav: { css: '#global-nav, header, [role="banner"], nav' },
  /** Profile links (`/in/…`), the one selector every reader uses for them: the Me menu's link (found by its place), the person a form is about, a card's owner, a recommendation's author. */
  profileLinks: { css: 'a[href*="/in/"]' },
  /** New front-end cards carry the member id in their component key. */
  memberCards: { css: '[componentkey*="profile.card.refACo"]' },
  /** Legacy hrefs carrying `profileUrn=` (see-all links, edit links). */
  urnLinks: { css: 'a[href*="profileUrn="]' },
};

/** `urn:li:fsd_profile:<id>` from any text holding it, URL-encoded or not, or from a component key. */
export function memberUrnFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // keep the raw text: the id itself needs no decoding
  }
  const m = URN.exec(decoded) ?? COMPONENT_REF.exec(decoded);
  return m?.[1] ? `urn:li:fsd_profile:${m[1]}` : null;
}

/** A link to a profile itself (`/in/<id>/`), not to one of its sub-pages. */
export function isProfileLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  try {
    return /^\/in\/[^/]+\/?$/.test(new URL(href, 'https://www.linkedin.com/').pathname);
  } catch {
    return false;
  }
}

function outsideContent(el: Element): boolean {
  return !el.closest('main, aside, [role="main"], [role="complementary"], dialog, [role="dialog"]');
}

function meTriggers(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(IDENTITY_SELECTORS.nav.css))
    .filter(outsideContent)
    .flatMap((nav) => Array.from(nav.querySelectorAll('button, a, [role="button"]')))
    .filter((el) => /^me\b/i.test(oneLine(el.getAttribute('aria-label') ?? '')) || /^me\b/i.test(oneLine(el.textContent ?? '')));
}

function nameFromAlt(el: Element | null): string {
  const alt = el?.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return oneLine(alt.replace(/^(?:photo|picture|profile (?:photo|picture)) of\s+/i, ''));
}

function nameFromLink(link: Element): string {
  return readLines(link).find((l) => !/^view (?:full )?profile$/i.test(l) && !/^me$/i.test(l)) ?? '';
}

/** The signed-in member, from the Me menu; null when the navigation is not on the page. */
export function readViewer(doc: Document): Viewer | null {
  try {
    for (const trigger of meTriggers(doc)) {
      const menu = trigger.closest('li') ?? trigger.parentElement;
      const link = Array.from(menu?.querySelectorAll(IDENTITY_SELECTORS.profileLinks.css) ?? []).find(isProfileLink)
        ?? (trigger.matches('a') && isProfileLink(trigger) ? trigger : undefined);
      const id = link ? profileIdFromHref(link.getAttribute('href') ?? '') : null;
      if (!id || id === 'me' || !link) continue;
      const name = nameFromAlt(trigger) || nameFromLink(link) || nameFromAlt(link);
      if (name) return { id, name };
    }
    // No Me menu found: the only profile link in the site's own navigation is the viewer's.
    const navLinks = Array.from(doc.querySelectorAll(IDENTITY_SELECTORS.nav.css))
      .filter(outsideContent)
      .flatMap((nav) => Array.from(nav.querySelectorAll(IDENTITY_SELECTORS.profileLinks.css)))
      .filter(isProfileLink);
    for (const link of navLinks) {
      const id = profileIdFromHref(link.getAttribute('href') ?? '');
      const name = nameFromLink(link) || nameFromAlt(link);
      if (id && id !== 'me' && name) return { id, name };
    }
  } catch {
    // fall through: an unreadable navigation means an unknown viewer
  }
  return null;
}

/**
 * The profile's member URN: the page URL's own `profileUrn=` (forms), the top card's component key,
 * any card of this profile, then hrefs under this profile's path (never a sidebar link, which
 * carries someone else's id).
 */
export function readMemberUrn(doc: Document, url: URL, contactId: string | null): string | null {
  try {
    const fromUrl = memberUrnFromText(url.searchParams.get('profileUrn'));
    if (fromUrl) return fromUrl;
    // `/in/ACo…/` names the member outright.
    const fromId = memberUrnFromText(`urn:li:fsd_profile:${pageProfileId(url) ?? ''}`);
    if (fromId) return fromId;
    const cards = Array.from(doc.querySelectorAll(IDENTITY_SELECTORS.memberCards.css)).map((c) => c.getAttribute('componentkey') ?? '');
    const topcard = cards.find((k) => /Topcard$/.test(k)) ?? cards.find((k) => /TopLevel$|Topcard$/.test(k));
    const fromCard = memberUrnFromText(topcard);
    if (fromCard) return fromCard;
    for (const a of Array.from(doc.querySelectorAll(IDENTITY_SELECTORS.urnLinks.css))) {
      const href = a.getAttribute('href') ?? '';
      if (contactId && profileIdFromHref(href) !== contactId) continue;
      const urn = memberUrnFromText(href.replace(/^[^?]*\?/, ''));
      if (urn) return urn;
    }
  } catch {
    // unknown member id: features fall back to the vanity
  }
  return null;
}

