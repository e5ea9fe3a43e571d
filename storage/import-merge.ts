import type { VouchDb } from './db';
import { planImport } from './import-plan';
import { dismissedKeys } from './import-questions';
import type { LinkedInExport } from './linkedin-export';
import { draftId } from './repositories/drafts';

/**
 * Turns a parsed LinkedIn export into contacts, `received`/`given` events and questions for the
 * user, in one transaction (the plan is storage/import-plan.ts, the questions
 * storage/import-questions.ts). Answering a question and importing again never writes a fact twice.
 */

export interface ImportSummary {
  contactsAdded: number;
  contactsUpdated: number;
  eventsAdded: number;
  /** New questions in the ambiguity queue (rows that could be one of several contacts). */
  ambiguities: number;
  /** Rows already in Vouch from an earlier import, or set aside by the user. */
  alreadyKnown: number;
  /** Name-keyed contacts of an earlier import folded into the profile their newer export names. */
  contactsMerged: number;
  problems: string[];
}

export interface ImportOptions {
  /** Called as records are written; `total` may be 0 when there is nothing new. Ends with done === total. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

const CHUNK = 2_000;

/**
 * Imports a parsed export. All or nothing: any failure rolls the whole import back. Existing
 * contacts are read once into memory and everything is written in bulk, so that a large export
 * costs a few bulk writes rather than one per row.
 */
export async function importLinkedInExport(
  db: VouchDb,
  data: LinkedInExport,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const now = opts.now ?? new Date();
  return db.transaction('rw', [db.contacts, db.events, db.notes, db.drafts, db.ambiguities, db.settings], async () => {
    const plan = planImport(data, await db.contacts.toArray(), now);
    const rowKeys = [...plan.events.map((e) => e.key), ...plan.ambiguities.map((a) => a.row.key)];
    const known = new Set((await db.events.where('key').anyOf(rowKeys).keys()) as string[]);
    for (const a of await db.ambiguities.toArray()) known.add(a.row.key);
    for (const k of await dismissedKeys(db)) known.add(k);

    const events = plan.events.filter((e) => !known.has(e.key) && (known.add(e.key), true));
    const ambiguities = plan.ambiguities.filter((a) => !known.has(a.row.key) && (known.add(a.row.key), true));
    const changed = [...plan.contacts.values()].filter((c) => c.added || c.changed);

    const total = changed.length + events.length + ambiguities.length;
    let done = 0;
    const step = (n: number) => opts.onProgress?.((done += n), total);
    opts.onProgress?.(0, total);
    for (let i = 0; i < changed.length; i += CHUNK) {
      const chunk = changed.slice(i, i + CHUNK).map((c) => c.contact);
      await db.contacts.bulkPut(chunk);
      step(chunk.length);
    }
    for (const [from, to] of plan.merges) await foldContact(db, from, to);
    for (let i = 0; i < events.length; i += CHUNK) {
      const chunk = events.slice(i, i + CHUNK);
      await db.events.bulkAdd(chunk);
      step(chunk.length);
    }
    if (ambiguities.length) await db.ambiguities.bulkAdd(ambiguities);
    step(ambiguities.length);

    return {
      contactsAdded: changed.filter((c) => c.added).length,
      contactsUpdated: changed.filter((c) => !c.added).length,
      eventsAdded: events.length,
      ambiguities: ambiguities.length,
      alreadyKnown: plan.events.length + plan.ambiguities.length - events.length - ambiguities.length,
      contactsMerged: plan.merges.size,
      problems: [...data.problems, ...plan.problems],
    };
  });
}

/** Moves one contact's history, notes and drafts to another and removes it. Inside the import's transaction. */
async function foldContact(db: VouchDb, from: string, to: string) {
  await db.events.where('contactId').equals(from).modify({ contactId: to });
  await db.notes.where('contactId').equals(from).modify({ contactId: to });
  for (const d of await db.drafts.where('contactId').equals(from).toArray()) {
    await db.drafts.delete(d.id);
    const id = draftId(to, d.kind);
    if (!(await db.drafts.get(id))) await db.drafts.put({ ...d, id, contactId: to });
  }
  await db.ambiguities.toCollection().modify((a) => {
    if (a.candidates.includes(from)) a.candidates = [...new Set(a.candidates.map((c) => (c === from ? to : c)))].sort();
  });
  await db.contacts.delete(from);
}
