import { LINKEDIN_RELATIONSHIPS, type LinkedInRelationship } from '@/storage/relationships';
import type { Relationship } from '@/storage/types';
import { relationshipFromFormOption } from '@/components/linkedin/relationship';

/**
 * LinkedIn's write form names how the writer knows the person with one of twelve enum values, where
 * the RECOMMENDER is the user and the RECOMMENDEE the person recommended.
 */
export interface RelationshipKind {
  /** How the writer would say it, in the first person: "I managed {name}". */
  phrase: string;
  /** The person was above the writer: the coach asks what they enabled, how they led, what they taught. */
  upward: boolean;
}

/** Keyed by the readers' own enum, so that every value the page can give has words here. */
export const WRITER_RELATIONSHIPS: Record<LinkedInRelationship, RelationshipKind> = {
  RECOMMENDER_MANAGED_RECOMMENDEE: { phrase: 'I managed {name}', upward: false },
  RECOMMENDER_REPORTED_TO_RECOMMENDEE: { phrase: 'I reported to {name}', upward: true },
  RECOMMENDER_SENIOR_THAN_RECOMMENDEE: { phrase: 'I worked with {name} as a more senior colleague', upward: false },
  RECOMMENDEE_SENIOR_THAN_RECOMMENDER: { phrase: 'I worked with {name}, who was senior to me', upward: true },
  WORKED_IN_SAME_GROUP: { phrase: 'I worked with {name} on the same team', upward: false },
  WORKED_IN_DIFFERENT_GROUPS: { phrase: 'I worked with {name} across teams', upward: false },
  WORKED_IN_DIFFERENT_COMPANIES: { phrase: 'I worked with {name} from another company', upward: false },
  RECOMMENDEE_CLIENT_OF_RECOMMENDER: { phrase: '{name} was my client', upward: false },
  RECOMMENDER_CLIENT_OF_RECOMMENDEE: { phrase: 'I was {name}\'s client', upward: false },
  RECOMMENDER_TAUGHT_RECOMMENDEE: { phrase: 'I taught {name}', upward: false },
  RECOMMENDER_ADVISED_RECOMMENDEE: { phrase: 'I mentored {name}', upward: false },
  STUDIED_TOGETHER: { phrase: '{name} and I studied together', upward: false },
};

/** Contact relationships (the user's own label) where the person sits above the user. */
const UPWARD_CONTACT: ReadonlySet<Relationship> = new Set<Relationship>(['manager', 'senior', 'mentor']);

/**
 * The form's relationship, whether the reader gave the enum value or the option's label
 * ("Alex managed you directly", "You reported directly to Alex"), read by the page readers' one
 * parser (components/linkedin/relationship.ts). Unknown text gives null.
 */
export function relationshipKind(raw: string | null | undefined): RelationshipKind | null {
  if (!raw) return null;
  const key = raw.trim().toUpperCase();
  if ((LINKEDIN_RELATIONSHIPS as readonly string[]).includes(key)) return WRITER_RELATIONSHIPS[key as LinkedInRelationship];
  const kind = relationshipFromFormOption(raw, 'write');
  if (kind) return WRITER_RELATIONSHIPS[kind];
  // LinkedIn has no kind for the person recommended having taught or mentored the writer; read
  // the other way round, the option says just that.
  const upward = relationshipFromFormOption(raw, 'request');
  if (upward === 'RECOMMENDER_TAUGHT_RECOMMENDEE') return { phrase: '{name} taught me', upward: true };
  if (upward === 'RECOMMENDER_ADVISED_RECOMMENDEE') return { phrase: '{name} mentored me', upward: true };
  return null;
}

/** Upward mode: the user recommends a manager or someone senior. */
export function isUpward(formRelationship: string | null | undefined, contactRelationship?: Relationship | null): boolean {
  if (relationshipKind(formRelationship)?.upward) return true;
  return contactRelationship ? UPWARD_CONTACT.has(contactRelationship) : false;
}
