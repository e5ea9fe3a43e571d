import type { VouchDb } from '../db';
import type { Contact, Relationship } from '../types';
import { normaliseName } from '../types';

/** What a page or an import can say about a person. */
export interface ContactFacts {
  id: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  memberUrn?: string;
  company?: string;
}

/** What only the user sets. */
export interface ContactSettings {
  relationship?: Relationship | null;
  /**
   * With `relationship: null`, whether the user cleared it (the default: a relationship the page
   * suggests is then not filled in again) or an undo is taking back a first choice (false: the
   * contact is as it was before, and the page may suggest one again). Ignored otherwise.
   */
  relationshipCleared?: boolean;
  reminderAfterDays?: number | null;
  doNotNudge?: boolean;
  snoozedUntil?: Date | null;
}

function blankContact(id: string, now: Date): Contact {
  return { id, name: id, nameKey: normaliseName(id), createdAt: now, updatedAt: now };
}

/**
 * Records what the page shows about a person. Facts from the page fill in and refresh names and
 * headlines, but never touch what the user set (relationship, reminders, do-not-nudge).
 */
export async function upsertContactFacts(db: VouchDb, facts: ContactFacts, now = new Date()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const stored = await db.contacts.get(facts.id);
    const existing = stored ?? blankContact(facts.id, now);
    const next: Contact = { ...existing };
    let changed = !stored;
    for (const field of ['name', 'firstName', 'lastName', 'headline', 'memberUrn', 'company'] as const) {
      const value = facts[field];
      if (value !== undefined && value !== '' && next[field] !== value) {
        next[field] = value;
        changed = true;
      }
    }
    if (!changed) return existing;
    next.nameKey = normaliseName(next.name);
    next.updatedAt = now;
    await db.contacts.put(next);
    return next;
  });
}

export async function updateContactSettings(
  db: VouchDb,
  id: string,
  settings: ContactSettings,
  now = new Date(),
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const next: Contact = { ...((await db.contacts.get(id)) ?? blankContact(id, now)) };
    if (settings.relationship !== undefined) {
      setOrDelete(next, 'relationship', settings.relationship);
      // Remembered, so that a relationship LinkedIn's page suggests does not come back uninvited.
      const cleared = settings.relationship === null && (settings.relationshipCleared ?? true);
      setOrDelete(next, 'relationshipCleared', cleared ? true : null);
    }
    if (settings.reminderAfterDays !== undefined) setOrDelete(next, 'reminderAfterDays', settings.reminderAfterDays);
    if (settings.doNotNudge !== undefined) next.doNotNudge = settings.doNotNudge;
    if (settings.snoozedUntil !== undefined) setOrDelete(next, 'snoozedUntil', settings.snoozedUntil);
    next.updatedAt = now;
    await db.contacts.put(next);
    return next;
  });
}

function setOrDelete<K extends keyof Contact>(c: Contact, key: K, value: Contact[K] | null) {
  if (value === null) delete c[key];
  else c[key] = value;
}

export function getContact(db: VouchDb, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}
