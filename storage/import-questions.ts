import type { VouchDb } from './db';
import { UserFacingError } from './errors';
import { syntheticContactId } from './import-plan';
import type { Ambiguity, Contact } from './types';
import { normaliseName } from './types';

/** The "who is this?" questions an import leaves: rows that could be about several contacts. */

/** The settings-table row that remembers dismissed questions, so that a re-import does not ask again. */
export const DISMISSED_KEY = 'import.dismissedAmbiguities';
export async function dismissedKeys(db: VouchDb): Promise<string[]> {
  const row = await db.settings.get(DISMISSED_KEY);
  return Array.isArray(row?.value) ? (row.value as unknown[]).filter((k): k is string => typeof k === 'string') : [];
}

async function takeAmbiguity(db: VouchDb, id: number): Promise<Ambiguity> {
  const ambiguity = await db.ambiguities.get(id);
  if (!ambiguity) throw new UserFacingError({ key: 'errors.answered' });
  await db.ambiguities.delete(id);
  return ambiguity;
}

async function writeRow(db: VouchDb, row: Ambiguity['row'], contactId: string) {
  if ((await db.events.where('key').equals(row.key).count()) > 0) return;
  await db.events.add({ contactId, type: row.type, at: row.at, text: row.text, source: 'import', key: row.key });
}

/** The user says which contact a row is about: the fact is written there and the question closes. */
export async function resolveAmbiguity(db: VouchDb, id: number, contactId: string): Promise<void> {
  await db.transaction('rw', [db.ambiguities, db.events, db.contacts], async () => {
    if (!(await db.contacts.get(contactId))) throw new UserFacingError({ key: 'errors.contactGone' });
    const { row } = await takeAmbiguity(db, id);
    await writeRow(db, row, contactId);
  });
}

/**
 * The user says the row is about none of the candidates: a new contact is made for it, with an id
 * of its own (`import:<name>~<n>`) so that it never merges with the namesakes.
 */
export async function resolveAmbiguityAsNewContact(db: VouchDb, id: number, now = new Date()): Promise<Contact> {
  return db.transaction('rw', [db.ambiguities, db.events, db.contacts], async () => {
    const { row } = await takeAmbiguity(db, id);
    const nameKey = normaliseName(row.name);
    const base = syntheticContactId(nameKey, row.name);
    let n = 2;
    while (await db.contacts.get(`${base}~${n}`)) n++;
    const contact: Contact = { id: `${base}~${n}`, name: row.name, nameKey, createdAt: now, updatedAt: now };
    if (row.company) contact.company = row.company;
    await db.contacts.add(contact);
    await writeRow(db, row, contact.id);
    return contact;
  });
}

/** The user sets the row aside: it is not imported, and later imports of it do not ask again. */
export async function dismissAmbiguity(db: VouchDb, id: number): Promise<void> {
  await db.transaction('rw', [db.ambiguities, db.settings], async () => {
    const { row } = await takeAmbiguity(db, id);
    const keys = await dismissedKeys(db);
    if (!keys.includes(row.key)) await db.settings.put({ key: DISMISSED_KEY, value: [...keys, row.key] });
  });
}
