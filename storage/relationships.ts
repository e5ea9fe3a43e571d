import type { Relationship } from './types';

/**
 * The kinds of relationship LinkedIn records with a recommendation, as its API names them: the
 * page readers parse them, the request composer and the coach choose their words by them.
 */
export const LINKEDIN_RELATIONSHIPS = [
  'RECOMMENDER_MANAGED_RECOMMENDEE',
  'RECOMMENDER_REPORTED_TO_RECOMMENDEE',
  'RECOMMENDER_SENIOR_THAN_RECOMMENDEE',
  'RECOMMENDEE_SENIOR_THAN_RECOMMENDER',
  'WORKED_IN_SAME_GROUP',
  'WORKED_IN_DIFFERENT_GROUPS',
  'WORKED_IN_DIFFERENT_COMPANIES',
  'RECOMMENDEE_CLIENT_OF_RECOMMENDER',
  'RECOMMENDER_CLIENT_OF_RECOMMENDEE',
  'RECOMMENDER_TAUGHT_RECOMMENDEE',
  'RECOMMENDER_ADVISED_RECOMMENDEE',
  'STUDIED_TOGETHER',
] as const;
export type LinkedInRelationship = (typeof LINKEDIN_RELATIONSHIPS)[number];

/** The kinds of relationship a request template is written for. */
export const REQUEST_GROUPS = ['manager', 'senior', 'peer', 'report', 'mentor', 'client', 'classmate'] as const;
export type RequestGroup = (typeof REQUEST_GROUPS)[number];

/**
 * Who the *other* person is to the user, on a request form. There the other person is the
 * recommender and the user the recommendee, so "recommender managed recommendee" means they were
 * the user's manager. Being senior without managing reads, for the tone of a request, like asking
 * someone from your own team; a client relationship is a client relationship whichever way it ran.
 */
export const GROUP_ON_REQUEST_FORM: Record<LinkedInRelationship, RequestGroup> = {
  RECOMMENDER_MANAGED_RECOMMENDEE: 'manager',
  RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'report',
  RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'senior',
  RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'report',
  WORKED_IN_SAME_GROUP: 'peer',
  WORKED_IN_DIFFERENT_GROUPS: 'peer',
  WORKED_IN_DIFFERENT_COMPANIES: 'peer',
  RECOMMENDEE_CLIENT_OF_RECOMMENDER: 'client',
  RECOMMENDER_CLIENT_OF_RECOMMENDEE: 'client',
  RECOMMENDER_TAUGHT_RECOMMENDEE: 'classmate',
  RECOMMENDER_ADVISED_RECOMMENDEE: 'mentor',
  STUDIED_TOGETHER: 'classmate',
};

/**
 * On a write form the user is the recommender, so the hierarchy flips; the rest reads the same.
 * Marked pure so that the content script, which never needs the table, does not carry it.
 */
export const GROUP_ON_WRITE_FORM: Record<LinkedInRelationship, RequestGroup> = /* @__PURE__ */ Object.assign({}, GROUP_ON_REQUEST_FORM, {
  RECOMMENDER_MANAGED_RECOMMENDEE: 'report',
  RECOMMENDER_REPORTED_TO_RECOMMENDEE: 'manager',
  RECOMMENDER_SENIOR_THAN_RECOMMENDEE: 'report',
  RECOMMENDEE_SENIOR_THAN_RECOMMENDER: 'senior',
} as const);

/**
 * The group for the value of LinkedIn's Relationship field, or null when it is empty or unknown.
 * Tolerates case and separators ("worked-in-same-group") because readers may pass what they saw.
 */
export function groupForRelationship(value: string | null | undefined, form: 'request' | 'write' = 'request'): RequestGroup | null {
  if (!value) return null;
  const key = value.trim().toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_|_$/g, '');
  const table = form === 'write' ? GROUP_ON_WRITE_FORM : GROUP_ON_REQUEST_FORM;
  return Object.hasOwn(table, key) ? table[key as LinkedInRelationship] : null;
}

const GROUP_OF_CONTACT: Record<Relationship, RequestGroup> = {
  manager: 'manager',
  senior: 'senior',
  peer: 'peer',
  junior: 'report',
  report: 'report',
  client: 'client',
  mentor: 'mentor',
  mentee: 'report',
  classmate: 'classmate',
};

/** The group for the relationship the user set on a contact in Vouch. */
export function groupForContact(relationship: Relationship | null | undefined): RequestGroup | null {
  return relationship ? GROUP_OF_CONTACT[relationship] : null;
}

export function isRequestGroup(value: unknown): value is RequestGroup {
  return typeof value === 'string' && (REQUEST_GROUPS as readonly string[]).includes(value);
}
