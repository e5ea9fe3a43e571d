/**
 * How two people knew each other, named as LinkedIn's API names it. Read from the line under a
 * recommendation ("May 1, 2020, Sam was Alex's mentor") and from the forms' Relationship options
 * ("Sam managed you directly"), on keywords rather than whole strings: the wording is not
 * documented and drifts.
 *
 * Direction rule. The sentence's subject is whoever the text names before its verb. LinkedIn names
 * the recommender first, so a subject is taken as the recommender unless the caller says otherwise:
 * `recommendeeFirstName` matching the subject (and `recommenderFirstName` not matching it) flips the
 * sentence, and `subjectIsRecommender` decides outright (the forms use it for "you").
 */
import { LINKEDIN_RELATIONSHIPS, type LinkedInRelationship } from '@/storage/relationships';
import { foldForCompare, oneLine } from './text';
import { wordingFor } from './wording';
import { readDatePrefix } from '@/storage/month-names';

export const RELATIONSHIP_KINDS = LINKEDIN_RELATIONSHIPS;
export type RelationshipKind = LinkedInRelationship;

export interface RelationshipOptions {
  recommenderFirstName?: string;
  recommendeeFirstName?: string;
  /** Overrides the name rule: true when the sentence's subject wrote the recommendation. */
  subjectIsRecommender?: boolean;
}

/** The date a line starts with, at midnight UTC, and the rest of the line; month names in the page's language. */
export function splitDate(line: string, lang = 'en'): { date: Date | null; rest: string } {
  const found = readDatePrefix(line, lang, true);
  return found ? { date: found.date, rest: found.rest } : { date: null, rest: line };
}

/** Whether captions and options can be read for their relationship in this language. */
export function readsRelationships(lang: string): boolean {
  return !!wordingFor(lang).relationships;
}

function startsWithName(subject: string, name: string | undefined): boolean {
  if (!name) return false;
  const n = foldForCompare(name);
  return !!n && (subject === n || subject.startsWith(`${n} `) || subject.startsWith(`${n}'`));
}

function subjectIsRecommender(sentence: string, opts: RelationshipOptions, verbs: RegExp | undefined): boolean {
  if (opts.subjectIsRecommender !== undefined) return opts.subjectIsRecommender;
  const verb = verbs?.exec(sentence);
  const subject = verb ? sentence.slice(0, verb.index) : sentence;
  const isRecommender = startsWithName(subject, opts.recommenderFirstName);
  const isRecommendee = startsWithName(subject, opts.recommendeeFirstName);
  return !(isRecommendee && !isRecommender);
}

/** The kind a relationship sentence names, or null when no keyword matches. */
export function kindOfSentence(sentence: string, opts: RelationshipOptions = {}, lang = 'en'): RelationshipKind | null {
  const s = foldForCompare(sentence);
  const { relationships, verb } = wordingFor(lang);
  const rule = relationships?.find((r) => r.test.test(s));
  if (!rule) return null;
  return subjectIsRecommender(s, opts, verb) ? rule.forward : rule.reverse;
}

/**
 * The "<date>, <sentence>" line under a recommendation. Either half may be missing; a line that
 * does not start with a date is still searched for a kind.
 */
export function parseRelationshipLine(
  line: string,
  opts: RelationshipOptions = {},
  lang = 'en',
): { date: Date | null; kind: RelationshipKind | null } {
  try {
    const { date, rest } = splitDate(oneLine(line), lang);
    return { date, kind: kindOfSentence(rest, opts, lang) };
  } catch {
    return { date: null, kind: null };
  }
}


/** The kind an option's value names outright, where LinkedIn's enum is in it. */
export function relationshipFromValue(value: string): RelationshipKind | null {
  const words = value.toUpperCase().match(/[A-Z_]{10,}/g) ?? [];
  return (words.find((w) => (RELATIONSHIP_KINDS as readonly string[]).includes(w)) as RelationshipKind | undefined) ?? null;
}

/**
 * The kind a form's Relationship option names. "You" is the viewer: the recommender on a write
 * form, the one asking (the recommendee) on a request form; any other subject is the contact.
 */
export function relationshipFromFormOption(text: string, form: 'request' | 'write', lang = 'en'): RelationshipKind | null {
  const s = foldForCompare(text);
  const youFirst = !!wordingFor(lang).you?.test(s);
  return kindOfSentence(s, { subjectIsRecommender: youFirst === (form === 'write') }, lang);
}
