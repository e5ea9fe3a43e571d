import type { ContactFacts } from '@/storage/repositories/contacts';
import { factsFromProfile } from '@/storage/page-sync';
import type { Call } from '@/components/shared/client';
import type { ProfileReading } from './types';

/** The viewed person's facts for `contact.upsert`: only what the page actually showed. */
export function contactFactsOf(contact: ProfileReading['contact']): ContactFacts {
  const facts: ContactFacts = { id: contact.id };
  for (const field of ['name', 'firstName', 'headline', 'memberUrn'] as const) {
    const value = contact[field]?.trim();
    if (value) facts[field] = value;
  }
  return facts;
}

/**
 * Records what a profile page shows: the person (not on your own profile) and the recommendations
 * listed there. The background runs it on every profile a tab reports, panel open or not, before
 * the panel hears of the page: the card itself only reads.
 */
export async function recordProfile(call: Call, profile: ProfileReading, viewerId: string | null, now: Date): Promise<void> {
  if (!profile.isOwnProfile) await call('contact.upsert', contactFactsOf(profile.contact));
  const facts = factsFromProfile(profile, viewerId, now);
  if (facts.events.length || facts.contacts.length) await call('sync.profile', facts);
}

/** What a profile page says, as a key: the card reads again when it changes (the lazy card appearing). */
export function readingKey(profile: ProfileReading, viewerId: string | null, now: Date): string {
  const facts = factsFromProfile(profile, viewerId, now);
  return JSON.stringify([profile.isOwnProfile ? null : contactFactsOf(profile.contact), facts.events.map((e) => e.key)]);
}
