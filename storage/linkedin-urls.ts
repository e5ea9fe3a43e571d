/**
 * What LinkedIn's URLs say: which page a URL is, from the URL alone (cheap, and the first thing the
 * content script checks, so that pages where Vouch has nothing to do cost nothing), and the member
 * id in `/in/<id>/` links, which keys contacts. It sits with the data because both the content
 * script and the export import read ids by it. Shapes: docs/linkedin-pages.md ("URLs").
 */

export type PageKind =
  | 'own-profile'
  | 'profile'
  | 'recommendations'
  | 'request-form'
  | 'write-form'
  | 'ask-form'
  | 'feed'
  | 'other';

const LINKEDIN_HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);
const FORM = /^\/in\/([^/]+)\/edit\/forms\/recommendation\/(request|write|ask)(?:\/|$)/;
const DETAILS = /^\/in\/([^/]+)\/details\/recommendations(?:\/|$)/;
const PROFILE = /^\/in\/([^/]+)(?:\/[a-z]{2})?\/?$/;
const FEED = /^\/(?:feed(?:\/.*)?)?$/;

/**
 * A vanity name as Vouch stores it: percent-decoded and lowercased (`jane%2Ddoe%2D42` →
 * `jane-doe-42`). Member ids (`ACo…`) are case-sensitive and kept as they are.
 */
export function normaliseProfileId(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a stray % stays as it is
  }
  decoded = decoded.trim();
  return /^ACo[A-Za-z0-9_-]{36}$/.test(decoded) ? decoded : decoded.toLowerCase();
}

/** The profile id in a URL's path (`/in/<id>/…`), or null. */
export function profileIdFromPath(path: string): string | null {
  const m = /^\/in\/([^/]+)/.exec(path);
  return m?.[1] ? normaliseProfileId(m[1]) : null;
}

/**
 * A profile's address in the form Vouch writes it, plain letters, digits, `_` and `-`: the URL
 * parser would leave its path as it is, so it is read without one (the import reads 30,000).
 */
const PLAIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com(\/in\/[\w-]+\/?)$/;

/** The profile id in an `/in/<id>/…` href or URL, or null. */
export function profileIdFromHref(href: string, base = 'https://www.linkedin.com/'): string | null {
  const plain = PLAIN_PROFILE_URL.exec(href);
  if (plain) return profileIdFromPath(plain[1]!);
  let path: string;
  try {
    path = new URL(href, base).pathname;
  } catch {
    return null;
  }
  return profileIdFromPath(path);
}

function onLinkedIn(url: URL): boolean {
  return url.protocol === 'https:' && LINKEDIN_HOSTS.has(url.hostname);
}

function formMatch(url: URL) {
  return onLinkedIn(url) ? FORM.exec(url.pathname) : null;
}

export function isRequestForm(url: URL): boolean {
  return formMatch(url)?.[2] === 'request';
}
export function isWriteForm(url: URL): boolean {
  return formMatch(url)?.[2] === 'write';
}
/** The low-confidence alias `/in/me/edit/forms/recommendation/ask/`: a request form. */
export function isAskForm(url: URL): boolean {
  return formMatch(url)?.[2] === 'ask';
}
export function isRecommendationsDetails(url: URL): boolean {
  return onLinkedIn(url) && DETAILS.test(url.pathname);
}
export function isOwnProfileUrl(url: URL): boolean {
  const m = onLinkedIn(url) ? PROFILE.exec(url.pathname) : null;
  return !!m?.[1] && normaliseProfileId(m[1]) === 'me';
}
export function isProfile(url: URL): boolean {
  const m = onLinkedIn(url) ? PROFILE.exec(url.pathname) : null;
  return !!m?.[1] && normaliseProfileId(m[1]) !== 'me';
}
export function isFeed(url: URL): boolean {
  return onLinkedIn(url) && FEED.test(url.pathname);
}

/** Every detector, in the order the matrix test checks them; `other` is what none of them claims. */
export const DETECTORS: Record<Exclude<PageKind, 'other'>, (url: URL) => boolean> = {
  'own-profile': isOwnProfileUrl,
  profile: isProfile,
  recommendations: isRecommendationsDetails,
  'request-form': isRequestForm,
  'write-form': isWriteForm,
  'ask-form': isAskForm,
  feed: isFeed,
};

export function pageKind(url: URL): PageKind {
  for (const [kind, test] of Object.entries(DETECTORS)) {
    if (test(url)) return kind as PageKind;
  }
  return 'other';
}

/** The profile id a page is about (`/in/<id>/…`), or null on pages that are not about a person. */
export function pageProfileId(url: URL): string | null {
  if (!onLinkedIn(url)) return null;
  const m = /^\/in\/([^/]+)/.exec(url.pathname);
  return m?.[1] ? normaliseProfileId(m[1]) : null;
}

/** Pages where a recommendation form or a profile card can appear: everything else is left alone. */
export function isVouchPage(kind: PageKind): boolean {
  return kind !== 'feed' && kind !== 'other';
}
