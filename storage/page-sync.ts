import { isContactId, MAX_NAME, MAX_TEXT } from './limits';
import type { ContactFacts } from './repositories/contacts';
import type { NewEvent } from './repositories/events';

/**
 * What a profile reading says happened between the user and other people, as facts to record.
 * Pure: the content script derives the facts, the background (`sync.profile`) writes them.
 */

/** One recommendation as the page lists it (the subset of the reader's item that matters here). */
export interface PageItem {
  name: string;
  profileId: string;
  headline?: string;
  date?: Date;
  text?: string;
}

export interface PageReading {
  contact: { id: string };
  isOwnProfile: boolean;
  recommendations: { received: PageItem[]; given: PageItem[] } | null;
}

export type PageEvent = NewEvent & { source: 'page'; type: 'received' | 'given' };

export interface PageFacts {
  contacts: ContactFacts[];
  events: PageEvent[];
}

/**
 * One key per direction per contact: re-reading the page, or reading the same recommendation on
 * the contact's profile and then on the user's own, writes nothing new.
 */
export function pageKey(type: 'received' | 'given', contactId: string): string {
  return `page:${type}:${contactId}`;
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

function validDate(d: Date | undefined, fallback: Date): Date {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : fallback;
}

function eventFor(type: 'received' | 'given', contactId: string, item: PageItem, now: Date): PageEvent {
  const text = item.text?.trim().slice(0, MAX_TEXT);
  return {
    contactId,
    type,
    // A recommendation without a readable date still happened: "now" is the best date known.
    at: validDate(item.date, now),
    ...(text ? { text } : {}),
    source: 'page',
    key: pageKey(type, contactId),
  };
}

/**
 * On a connection's profile, only the user's own place in the lists matters: in their Given list
 * means they recommended the user (`received`); in their Received list, the user recommended them
 * (`given`). On the user's own profile every item is a fact about that item's person.
 * Items whose link is unusable are skipped rather than failing the whole sync.
 */
export function factsFromProfile(reading: PageReading, viewerId: string | null, now: Date): PageFacts {
  const recs = reading.recommendations;
  if (!recs) return { contacts: [], events: [] };
  const own = reading.isOwnProfile || (!!viewerId && sameProfile(reading.contact.id, viewerId));
  const events = new Map<string, PageEvent>();
  const contacts = new Map<string, ContactFacts>();
  const usable = (item: PageItem) => isContactId(item.profileId);

  if (own) {
    for (const [type, items] of [['received', recs.received], ['given', recs.given]] as const) {
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
      }
    }
  } else if (viewerId && isContactId(reading.contact.id)) {
    const isViewer = (item: PageItem) => sameProfile(item.profileId, viewerId);
    const theyGaveMe = recs.given.find(isViewer);
    const iGaveThem = recs.received.find(isViewer);
    if (theyGaveMe) events.set('r', eventFor('received', reading.contact.id, theyGaveMe, now));
    if (iGaveThem) events.set('g', eventFor('given', reading.contact.id, iGaveThem, now));
  }
  return { contacts: [...contacts.values()], events: [...events.values()] };
}
