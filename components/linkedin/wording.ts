/**
 * LinkedIn's own words, by display language: the only place the readers meet them. Readers find
 * pages, forms, fields, buttons and items by structure (URLs, roles, attributes, position); these
 * tables only add what structure cannot say (a form's kind where the URL does not tell, a caption's
 * relationship). Outside English every entry is second-hand (docs/linkedin-pages.md); a language
 * without an entry leaves those fields empty and the readers name them in `missing`.
 */
import type { LinkedInRelationship } from '@/storage/relationships';

/** One relationship keyword: `forward` when the sentence's subject wrote the recommendation, `reverse` when they received it. */
export interface RelationshipRule {
  test: RegExp;
  forward: LinkedInRelationship | null;
  reverse: LinkedInRelationship | null;
}

export interface Wording {
  /** The recommendations card's heading, for a card that carries no known key. */
  recommendationsHeading?: RegExp;
  /** The tabs' labels. */
  tabs?: { received?: RegExp; given?: RegExp; pending?: RegExp };
  /** The caption of a pending request ("Requested · 2 days ago"), up to its date. */
  pendingCaption?: RegExp;
  /** The forms' headings, for a form on a URL that does not say its kind. */
  requestHeading?: RegExp;
  writeHeading?: RegExp;
  /** Where a form's heading names the contact ("Recommend Kim Park", "… from Kim Park"). */
  nameInHeading?: RegExp[];
  /** Relationship keywords in captions and form options (folded: lower case, no accents); order matters. */
  relationships?: RelationshipRule[];
  /** Where a relationship sentence's subject ends: its first verb. */
  verb?: RegExp;
  /** The word that names the viewer at the start of a form option ("You managed …"). */
  you?: RegExp;
}

const EN_RELATIONSHIPS: RelationshipRule[] = [
  { test: /\bstudied\b|\bclassmates?\b|\bschool together\b/, forward: 'STUDIED_TOGETHER', reverse: 'STUDIED_TOGETHER' },
  { test: /\bdifferent compan/, forward: 'WORKED_IN_DIFFERENT_COMPANIES', reverse: 'WORKED_IN_DIFFERENT_COMPANIES' },
  { test: /\bdifferent (?:teams?|groups?|departments?)\b/, forward: 'WORKED_IN_DIFFERENT_GROUPS', reverse: 'WORKED_IN_DIFFERENT_GROUPS' },
  { test: /\bsame (?:teams?|groups?|departments?)\b|\bworked directly with\b/, forward: 'WORKED_IN_SAME_GROUP', reverse: 'WORKED_IN_SAME_GROUP' },
  { test: /\bsenior\b/, forward: 'RECOMMENDER_SENIOR_THAN_RECOMMENDEE', reverse: 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER' },
  { test: /\breport(?:ed|s)?\b/, forward: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE', reverse: 'RECOMMENDER_MANAGED_RECOMMENDEE' },
  { test: /\bmanag(?:e|ed|es|er|ing)\b/, forward: 'RECOMMENDER_MANAGED_RECOMMENDEE', reverse: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE' },
  { test: /\bclients?\b/, forward: 'RECOMMENDER_CLIENT_OF_RECOMMENDEE', reverse: 'RECOMMENDEE_CLIENT_OF_RECOMMENDER' },
  { test: /\bstudents?\b|\bpupils?\b/, forward: null, reverse: 'RECOMMENDER_TAUGHT_RECOMMENDEE' },
  { test: /\bteach(?:er|es)?\b|\btaught\b|\bprofessor\b|\binstructor\b/, forward: 'RECOMMENDER_TAUGHT_RECOMMENDEE', reverse: null },
  { test: /\bmentees?\b|\badvisees?\b/, forward: null, reverse: 'RECOMMENDER_ADVISED_RECOMMENDEE' },
  { test: /\bmentor(?:ed|s)?\b|\badvis(?:ed|or|er|es)\b/, forward: 'RECOMMENDER_ADVISED_RECOMMENDEE', reverse: null },
];

export const WORDING: Record<string, Wording> = {
  en: {
    recommendationsHeading: /^recommendations$/i,
    tabs: { received: /^received\b/i, given: /^given\b/i, pending: /^(?:pending|requested|sent|requests?)\b/i },
    pendingCaption: /^(?:requested|sent|pending)\b(?:\s*[·•|,:\u2013\u2014-]\s*|\s+|$)/i,
    requestHeading: /^(?:request|ask for) (?:a )?recommendations?\b/i,
    writeHeading: /^(?:recommend\s|write (?:a )?recommendation\b)/i,
    nameInHeading: [/^recommend\s+(.+)$/i, /\bfrom\s+(.+)$/i],
    relationships: EN_RELATIONSHIPS,
    verb: /\s(?:was|were|is|are|managed|manages|reported|reports|worked|work|studied|taught|advised|mentored|had|has)\b/,
    you: /^you\b/,
  },
  de: {
    recommendationsHeading: /^empfehlungen$/i,
    tabs: { pending: /^ausstehend\b/i },
    pendingCaption: /^ausstehend\b(?:\s*[·•|,:-]\s*|\s+|$)/i,
  },
  fr: {
    recommendationsHeading: /^recommandations$/i,
    tabs: { pending: /^en attente\b/i },
    pendingCaption: /^en attente\b(?:\s*[·•|,:-]\s*|\s+|$)/i,
  },
  es: {
    recommendationsHeading: /^recomendaciones$/i,
    tabs: { pending: /^pendiente\b/i },
    pendingCaption: /^pendiente\b(?:\s*[·•|,:-]\s*|\s+|$)/i,
  },
  pt: {
    recommendationsHeading: /^recomendações$/i,
    // Brazilian captions name no subject: only the relationships that read the same both ways.
    relationships: [{ test: /\bmesma equipe\b/, forward: 'WORKED_IN_SAME_GROUP', reverse: 'WORKED_IN_SAME_GROUP' }],
  },
  it: {
    recommendationsHeading: /^referenze$/i,
    tabs: { received: /^ricevute\b/i, given: /^scritte\b/i, pending: /^in sospeso\b/i },
    pendingCaption: /^in sospeso\b(?:\s*[·•|,:-]\s*|\s+|$)/i,
  },
};

/** The page's display language: the primary subtag of `<html lang>` ("pt-BR" → "pt"); English where none is set. */
export function pageLanguage(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return lang.split(/[-_]/)[0] || 'en';
}

/** The full language tag, for `Intl` ("pt-BR"); English where none is set. */
export function pageLocale(doc: Document): string {
  return doc.documentElement?.getAttribute('lang')?.trim() || 'en';
}

/** The wording known for a language; empty where none is. */
export function wordingFor(lang: string): Wording {
  return WORDING[lang.split(/[-_]/)[0]!.toLowerCase()] ?? {};
}
