import { pageKey, pendingKey } from './event-keys';
import type { LinkedInRelationship } from './relationships';
import { isContactId, MAX_NAME, MAX_TEXT } from './limits';
import type { ContactFacts } from './repositories/contacts';
import type { NewEvent } from './repositories/events';
import type { Relationship } from './types';

/**
 * What a profile reading says happened between the user and other people, as facts to record.
 * Pure: the content script derives the facts, the background (`sync.profile`) writes them.
 */

/** One recommendation as a page lists it: the page readers return it, the panels show it, page sync records it. */
export interface RecommendationItem {
  name: string;
  profileId: string;
  headline?: string;
  date?: Date;
  /** LinkedIn's kind of relationship, as its API names it (e.g. `RECOMMENDER_MANAGED_RECOMMENDEE`). */
  relationship?: string;
  text?: string;
}

export interface PageReading {
  contact: { id: string };
  isOwnProfile: boolean;
  /** `pending`: the user's own requests still waiting, where the page shows them (own details page). */
  recommendations: { received: RecommendationItem[]; given: RecommendationItem[]; pending?: RecommendationItem[] } | null;
}

export type PageEventType = 'received' | 'given' | 'request-sent';
export type PageEvent = NewEvent & { source: 'page'; type: PageEventType };

/**
 * What a page says about a person. `relationship` is only a suggestion: the background sets it
 * when the user has not chosen one, and never changes one they chose.
 */
export type PageContact = ContactFacts & { relationship?: Relationship };

export interface PageFacts {
  contacts: PageContact[];
  events: PageEvent[];
}

/** Whether a key is one that page sync writes for this type and contact (the background checks it). */
export function isPageKeyFor(key: string, type: PageEventType, contactId: string): boolean {
  return type === 'request-sent'
    ? key.startsWith(`page:request-sent:${contactId}:`) && /^[0-9a-z]{1,8}$/.test(key.slice(`page:request-sent:${contactId}:`.length))
    : key === pageKey(type, contactId);
}

/** Profile ids from links are already normalised, but an id typed into settings may not be. */
export function sameProfile(a: string, b: string): boolean {
  const norm = (s: string) => {
    try {
      return decodeURIComponent(s).trim().toLowerCase();
    } catch {
      return s.trim().toLowerCase();
    }
  };
  return norm(a) === norm(b);
}

/**
 * Who the other person was to the user, from LinkedIn's kind and from who wrote the recommendation
 * (LinkedIn's kinds speak of recommender and recommendee). `theyWrote`: the other person is the
 * recommender (the user received the recommendation); `iWrote`: the user is (the user gave it).
 *
 * Same wording as the request composer's groups (storage/relationships.ts) where
 * those are about the person: teachers count with classmates ("Classmate or teacher"), and a client
 * relationship is one whichever way it ran. Vouch's own vocabulary adds the directions the groups
 * fold away: a person the user was senior to is `junior`, one the user mentored or taught `mentee`.
 */
export const RELATIONSHIP_FROM_LINKEDIN: Record<LinkedInRelationship, { theyWrote: Relationship; iWrote: Relationship }> = {
  RECOMMENDER_MANAGED_RECOMMENDEE: { theyWrote: 'manager', iWrote: 'report' },
  RECOMMENDER_REPORTED_TO_RECOMMENDEE: { theyWrote: 'report', iWrote: 'manager' },
  RECOMMENDER_SENIOR_THAN_RECOMMENDEE: { theyWrote: 'senior', iWrote: 'junior' },
  RECOMMENDEE_SENIOR_THAN_RECOMMENDER: { theyWrote: 'junior', iWrote: 'senior' },
  WORKED_IN_SAME_GROUP: { theyWrote: 'peer', iWrote: 'peer' },
  WORKED_IN_DIFFERENT_GROUPS: { theyWrote: 'peer', iWrote: 'peer' },
  WORKED_IN_DIFFERENT_COMPANIES: { theyWrote: 'peer', iWrote: 'peer' },
  RECOMMENDEE_CLIENT_OF_RECOMMENDER: { theyWrote: 'client', iWrote: 'client' },
  RECOMMENDER_CLIENT_OF_RECOMMENDEE: { theyWrote: 'client', iWrote: 'client' },
  RECOMMENDER_TAUGHT_RECOMMENDEE: { theyWrote: 'classmate', iWrote: 'mentee' },
  RECOMMENDER_ADVISED_RECOMMENDEE: { theyWrote: 'mentor', iWrote: 'mentee' },
  STUDIED_TOGETHER: { theyWrote: 'classmate', iWrote: 'classmate' },
};

/** The relationship a page item implies, or null when it names no kind Vouch knows. */
export function relationshipFromLinkedIn(kind: string | undefined, writer: 'they' | 'i'): Relationship | null {
  if (!kind || !Object.hasOwn(RELATIONSHIP_FROM_LINKEDIN, kind)) return null;
  const entry = RELATIONSHIP_FROM_LINKEDIN[kind as LinkedInRelationship];
  return writer === 'they' ? entry.theyWrote : entry.iWrote;
}

function validDate(d: Date | undefined, fallback: Date): Date {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : fallback;
}

function eventFor(type: PageEventType, contactId: string, item: RecommendationItem, now: Date): PageEvent {
  const text = item.text?.trim().slice(0, MAX_TEXT);
  return {
    contactId,
    type,
    // A recommendation without a readable date still happened: "now" is the best date known.
    at: validDate(item.date, now),
    ...(text ? { text } : {}),
    source: 'page',
    key: type === 'request-sent' ? pendingKey(contactId, text) : pageKey(type, contactId),
  };
}

/**
 * On a connection's profile, only the user's own place in the lists matters: in their Given list
 * means they recommended the user (`received`); in their Received list, the user recommended them
 * (`given`). On the user's own profile every item is a fact about that item's person, and each
 * pending request (where the page shows them) is a request the user sent that person.
 * An item's relationship line becomes a suggested relationship for its person (the first one read).
 * Items whose link is unusable are skipped rather than failing the whole sync.
 */
export function factsFromProfile(reading: PageReading, viewerId: string | null, now: Date): PageFacts {
  const recs = reading.recommendations;
  if (!recs) return { contacts: [], events: [] };
  const own = reading.isOwnProfile || (!!viewerId && sameProfile(reading.contact.id, viewerId));
  const events = new Map<string, PageEvent>();
  const contacts = new Map<string, PageContact>();
  const usable = (item: RecommendationItem) => isContactId(item.profileId);
  const suggest = (id: string, item: RecommendationItem, writer: 'they' | 'i') => {
    const relationship = relationshipFromLinkedIn(item.relationship, writer);
    const known = contacts.get(id);
    if (relationship && !known?.relationship) contacts.set(id, { ...known, id, relationship });
  };

  if (own) {
    const lists = [
      ['received', recs.received],
      ['given', recs.given],
      ['request-sent', recs.pending ?? []],
    ] as const;
    for (const [type, items] of lists) {
      for (const item of items) {
        if (!usable(item) || (viewerId && sameProfile(item.profileId, viewerId))) continue;
        const e = eventFor(type, item.profileId, item, now);
        if (!events.has(e.key)) events.set(e.key, e);
        contacts.set(item.profileId, {
          ...contacts.get(item.profileId),
          id: item.profileId,
          ...(item.name.trim() ? { name: item.name.trim().slice(0, MAX_NAME) } : {}),
          ...(item.headline?.trim() ? { headline: item.headline.trim().slice(0, MAX_NAME) } : {}),
        });
        if (type !== 'request-sent') suggest(item.profileId, item, type === 'received' ? 'they' : 'i');
      }
    }
  } else if (viewerId && isContactId(reading.contact.id)) {
    const isViewer = (item: RecommendationItem) => sameProfile(item.profileId, viewerId);
    const theyGaveMe = recs.given.find(isViewer);
    const iGaveThem = recs.received.find(isViewer);
    if (theyGaveMe) {
      events.set('r', eventFor('received', reading.contact.id, theyGaveMe, now));
      suggest(reading.contact.id, theyGaveMe, 'they');
    }
    if (iGaveThem) {
      events.set('g', eventFor('given', reading.contact.id, iGaveThem, now));
      suggest(reading.contact.id, iGaveThem, 'i');
    }
  }
  return { contacts: [...contacts.values()], events: [...events.values()] };
}
