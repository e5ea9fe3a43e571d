import type { RecommendationItem } from '@/storage/page-sync';

/**
 * The profile reading this card consumes: what `readProfile` in components/linkedin/profile.ts
 * returns, declared here so that the card depends on the shape it uses, not on the reader's module.
 */
export interface ProfileReading {
  contact: { id: string; name: string; firstName: string; headline?: string; memberUrn?: string };
  viewer: { id: string; name: string } | null;
  isOwnProfile: boolean;
  /** Null while LinkedIn has not rendered the card yet (it is lazy) or when it could not be read. */
  recommendations: { received: RecommendationItem[]; given: RecommendationItem[] } | null;
  /** What the reader could not find on the page. */
  missing: string[];
}
