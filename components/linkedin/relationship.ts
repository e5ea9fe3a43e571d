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

export const RELATIONSHIP_KINDS = LINKEDIN_RELATIONSHIPS;
export type RelationshipKind = LinkedInRelationship;

export interface RelationshipOptions {
  recommenderFirstName?: string;
  recommendeeFirstName?: string;
  /** Overrides the name rule: true when the sentence's subject wrote the recommendation. */
  subjectIsRecommender?: boolean;
}

/**
 * `forward` applies when the subject is the recommender, `reverse` when the subject is the
 * recommendee; null where LinkedIn has no kind for that direction (a recommendee who taught).
 * Order matters: "senior … didn't manage" must win over "manage".
 */
const RULES: { test: RegExp; forward: RelationshipKind | null; reverse: RelationshipKind | null }[] = [
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

// Where the subject ends: the first verb of the sentence.
const VERB = /\s(?:was|were|is|are|managed|manages|reported|reports|worked|work|studied|taught|advised|mentored|had|has)\b/;

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
// "May 1, 2020, …" (LinkedIn in English) and "1 May 2020, …" (day-first locales).
const DATE_FIRST = /^\s*(?:([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))\s*(?:,\s*|$)/;

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w.slice(0, w.startsWith('sept') ? 4 : 3)];
}

/** The date a line starts with, at midnight UTC, and the rest of the line. */
export function splitDate(line: string): { date: Date | null; rest: string } {
  const m = DATE_FIRST.exec(line);
  if (!m) return { date: null, rest: line };
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const mi = monthIndex(month ?? '');
  const d = Number(day);
  const y = Number(year);
  if (mi === undefined || d < 1 || d > 31) return { date: null, rest: line };
  const date = new Date(Date.UTC(y, mi, d));
  if (date.getUTCMonth() !== mi) return { date: null, rest: line };
  return { date, rest: line.slice(m[0].length) };
}

function startsWithName(subject: string, name: string | undefined): boolean {
  if (!name) return false;
  const n = foldForCompare(name);
  return !!n && (subject === n || subject.startsWith(`${n} `) || subject.startsWith(`${n}'`));
}

function subjectIsRecommender(sentence: string, opts: RelationshipOptions): boolean {
  if (opts.subjectIsRecommender !== undefined) return opts.subjectIsRecommender;
  const verb = VERB.exec(sentence);
  const subject = verb ? sentence.slice(0, verb.index) : sentence;
  const isRecommender = startsWithName(subject, opts.recommenderFirstName);
  const isRecommendee = startsWithName(subject, opts.recommendeeFirstName);
  return !(isRecommendee && !isRecommender);
}

/** The kind a relationship sentence names, or null when no keyword matches. */
export function kindOfSentence(sentence: string, opts: RelationshipOptions = {}): RelationshipKind | null {
  const s = foldForCompare(sentence);
  const rule = RULES.find((r) => r.test.test(s));
  if (!rule) return null;
  return subjectIsRecommender(s, opts) ? rule.forward : rule.reverse;
}

/**
 * The "<date>, <sentence>" line under a recommendation. Either half may be missing; a line that
 * does not start with a date is still searched for a kind.
 */
export function parseRelationshipLine(
  line: string,
  opts: RelationshipOptions = {},
): { date: Date | null; kind: RelationshipKind | null } {
  try {
    const { date, rest } = splitDate(oneLine(line));
    return { date, kind: kindOfSentence(rest, opts) };
  } catch {
    return { date: null, kind: null };
  }
}

const PLACEHOLDER = /^(?:select|choose|pick)\b|^-+$|^$/i;

/**
 * The kind a form's Relationship option names. "You" is the viewer: the recommender on a write
 * form, the one asking (the recommendee) on a request form; any other subject is the contact.
 */
export function relationshipFromFormOption(text: string, form: 'request' | 'write'): RelationshipKind | null {
  const s = foldForCompare(text);
  if (PLACEHOLDER.test(s)) return null;
  const youFirst = /^you\b/.test(s);
  return kindOfSentence(s, { subjectIsRecommender: youFirst === (form === 'write') });
}
