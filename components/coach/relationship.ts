import { LINKEDIN_RELATIONSHIPS, type LinkedInRelationship } from '@/storage/relationships';
import type { Relationship } from '@/storage/types';
import { relationshipFromFormOption } from '@/components/linkedin/relationship';
import type { RelationKey } from './starter-texts/shape';

/**
 * LinkedIn's write form names how the writer knows the person with one of twelve enum values, where
 * the RECOMMENDER is the user and the RECOMMENDEE the person recommended. The starters word each
 * one in every language (`starter-texts/<lang>.ts`).
 */
export interface RelationshipKind {
  key: RelationKey;
  /** The person was above the writer: the coach asks what they enabled, how they led, what they taught. */
  upward: boolean;
}

/** The values where the person recommended was above the writer. */
const UPWARD: ReadonlySet<RelationKey> = new Set<RelationKey>(['RECOMMENDER_REPORTED_TO_RECOMMENDEE', 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER', 'TAUGHT_ME', 'MENTORED_ME']);
const kindOf = (key: RelationKey): RelationshipKind => ({ key, upward: UPWARD.has(key) });

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
  if ((LINKEDIN_RELATIONSHIPS as readonly string[]).includes(key)) return kindOf(key as LinkedInRelationship);
  const kind = relationshipFromFormOption(raw, 'write');
  if (kind) return kindOf(kind);
  // LinkedIn has no kind for the person recommended having taught or mentored the writer; read
  // the other way round, the option says just that.
  const upward = relationshipFromFormOption(raw, 'request');
  if (upward === 'RECOMMENDER_TAUGHT_RECOMMENDEE') return kindOf('TAUGHT_ME');
  if (upward === 'RECOMMENDER_ADVISED_RECOMMENDEE') return kindOf('MENTORED_ME');
  return null;
}

/** Upward mode: the user recommends a manager or someone senior. */
export function isUpward(formRelationship: string | null | undefined, contactRelationship?: Relationship | null): boolean {
  if (relationshipKind(formRelationship)?.upward) return true;
  return contactRelationship ? UPWARD_CONTACT.has(contactRelationship) : false;
}
