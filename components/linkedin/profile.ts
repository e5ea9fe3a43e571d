/**
 * A profile as the user sees it: who this is, who is looking, and what the two have recommended.
 * Works on both front-ends and on the recommendations "details" page; never throws, and says in
 * `missing` what it could not read so that the panel can say so.
 */
import { IDENTITY_SELECTORS, readMemberUrn, readViewer, type Viewer } from './identity';
import { readRecommendations, type Recommendations } from './recommendations';
import { firstNameOf, oneLine, readLines, readText, stripBadge } from './text';
import { isFormUrl, isOwnProfileUrl, pageProfileId, profileIdFromHref } from '@/storage/linkedin-urls';

export type { Recommendations, Viewer };

export interface ProfileContact {
  id: string;
  name: string;
  firstName: string;
  headline?: string;
  memberUrn?: string;
}

/**
 * Hears an error a reader caught, for the background's log. Readers stay pure over the document
 * and the URL: the caller (the content script) decides where errors go.
 */
export type ReadFailure = (where: string, error: unknown) => void;

export interface ProfileReading {
  contact: ProfileContact;
  viewer: Viewer | null;
  isOwnProfile: boolean;
  recommendations: Recommendations | null;
  missing: string[];
}

/** Each entry names one selector; tests/reading/selector-counts.ts says how many elements it matches on each fixture page. */
export const PROFILE_SELECTORS = {
  /** Legacy name: the `h1` inside the "About this profile" link (the sticky header has no such link). */
  legacyName: { css: 'a[href*="/overlay/about-this-profile/"] h1' },
  /** New front-end top card, by its component key's suffix; the name is its heading. */
  sduiTopcard: { css: '[componentkey$="Topcard"]' },
  /** Last resort for the name: the page's main heading. */
  mainH1: { css: 'main h1' },
  /** Legacy headline under the name (a LinkedIn type utility, not a hash). */
  legacyHeadline: { css: '.text-body-medium' },
  /** Only the owner of a profile sees links to edit its intro. */
  editIntro: { css: 'a[href*="/edit/intro/"], a[href*="/edit/forms/intro/"]' },
};

const MEMBER_ID = /^ACo[A-Za-z0-9_-]{36}$/;
const NOT_A_HEADLINE = /^\(?[\p{L}]+\/[\p{L}]+\)?$|^contact info$|^(?:1st|2nd|3rd\+?)$|^verified$/iu;

/** On a form's own URL the page's main heading and title name the form, not the person. */
function topCard(doc: Document, onForm: boolean): { card: Element | null; nameEl: Element | null } {
  const legacyName = doc.querySelector(PROFILE_SELECTORS.legacyName.css);
  if (legacyName) return { card: legacyName.closest('section') ?? legacyName.parentElement, nameEl: legacyName };
  const sdui = doc.querySelector(PROFILE_SELECTORS.sduiTopcard.css);
  if (sdui) return { card: sdui, nameEl: sdui.querySelector('h1, h2') };
  const h1 = onForm ? undefined : Array.from(doc.querySelectorAll(PROFILE_SELECTORS.mainH1.css)).find((h) => !h.closest('dialog, [role="dialog"]'));
  return { card: h1?.closest('section') ?? null, nameEl: h1 ?? null };
}

/** The name in a profile's top card, either front-end; '' when no top card is on the page. */
export function topCardName(doc: Document): string {
  try {
    const el = doc.querySelector(PROFILE_SELECTORS.legacyName.css) ?? doc.querySelector(PROFILE_SELECTORS.sduiTopcard.css)?.querySelector('h1, h2');
    return el ? stripBadge(readText(el)) : '';
  } catch {
    return '';
  }
}

/**
 * "(3) Renée Lefèvre | LinkedIn" → "Renée Lefèvre"; "Recommendations | Renée Lefèvre | LinkedIn" →
 * "Renée Lefèvre": in any language, the name is the part just before the site's own.
 */
export function nameFromTitle(title: string): string {
  const parts = oneLine(title.replace(/^\s*\(\d+\+?\)\s*/, '')).split(/\s+\|\s+/).filter(Boolean);
  if (parts.length > 1 && /^linkedin$/i.test(parts[parts.length - 1]!)) parts.pop();
  return parts[parts.length - 1] ?? '';
}

function readHeadline(card: Element | null, name: string): string | undefined {
  if (!card) return undefined;
  const legacy = card.querySelector(PROFILE_SELECTORS.legacyHeadline.css);
  const legacyText = legacy ? readText(legacy) : '';
  if (legacyText) return legacyText;
  const lines = readLines(card).map(stripBadge).filter((l) => l && !NOT_A_HEADLINE.test(l));
  const at = lines.indexOf(name);
  return (at >= 0 ? lines[at + 1] : lines[0]) || undefined;
}

/** The vanity behind `/in/me/` or `/in/ACo…/`: the top card links to the profile's own sub-pages. */
function vanityFromCard(card: Element | null): string | null {
  for (const a of Array.from(card?.querySelectorAll(IDENTITY_SELECTORS.profileLinks.css) ?? [])) {
    const id = profileIdFromHref(a.getAttribute('href') ?? '');
    if (id && id !== 'me' && !MEMBER_ID.test(id)) return id;
  }
  return null;
}

export function readProfile(doc: Document, url: URL, onError?: ReadFailure): ProfileReading {
  const missing: string[] = [];
  const reading: ProfileReading = {
    contact: { id: '', name: '', firstName: '' },
    viewer: null,
    isOwnProfile: false,
    recommendations: null,
    missing,
  };
  try {
    reading.viewer = readViewer(doc);
    if (!reading.viewer) missing.push('viewer');
    const fromUrl = pageProfileId(url);
    if (!fromUrl) {
      missing.push('contact');
      return reading;
    }
    const onForm = isFormUrl(url);
    const { card, nameEl } = topCard(doc, onForm);
    let id = fromUrl;
    if (id === 'me' || MEMBER_ID.test(id)) id = vanityFromCard(card) ?? (id === 'me' ? reading.viewer?.id : null) ?? id;
    const name = stripBadge(readText(nameEl)) || (onForm ? '' : nameFromTitle(doc.title));
    if (!name) missing.push('name');
    reading.contact = { id, name, firstName: firstNameOf(name) };
    const headline = readHeadline(card, name);
    if (headline) reading.contact.headline = headline;
    const memberUrn = readMemberUrn(doc, url, id);
    if (memberUrn) reading.contact.memberUrn = memberUrn;
    else missing.push('memberUrn');
    reading.isOwnProfile =
      isOwnProfileUrl(url) ||
      fromUrl === 'me' ||
      (!!reading.viewer && reading.viewer.id === id) ||
      !!card?.querySelector(PROFILE_SELECTORS.editIntro.css);
    reading.recommendations = readRecommendations(doc, reading.contact.firstName, missing, undefined, url);
  } catch (e) {
    missing.push('page');
    onError?.('read-profile', e);
  }
  return reading;
}
