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
