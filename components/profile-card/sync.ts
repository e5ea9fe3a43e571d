import type { ContactFacts } from '@/storage/repositories/contacts';
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

/** What to tell the user when a call fails: the background's own words when it gave any. */
export function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text || 'Vouch could not do that.';
}
