import * as v from 'valibot';
import { handler } from './define';
import { contactId, date, eventKey, eventType, longText, relationship, shortText } from './fields';
import type { VouchDb } from '../db';
import { isPageKeyFor, type PageFacts } from '../page-sync';
import { updateContactSettings, upsertContactFacts } from '../repositories/contacts';
import { appendEvents, historyOf } from '../repositories/events';
import { deleteEvent, restoreEvent, updateEvent } from '../repositories/history-edit';
import { dueFollowUps } from '../repositories/followups';
import { ledger, ledgerSummary, LEDGER_SORTS, rulesOptions, statusesOf } from '../repositories/status';
import { reciprocityOf, STATUSES } from '../reciprocity';
import { RELATIONSHIPS, type VouchEvent } from '../types';

/** The user's global reminder delay, sent by the caller (it lives in extension storage, not Dexie). */
const reminderAfterDays = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)));
const RECENT_EVENTS = 5;

const pageContact = v.strictObject({
  id: contactId,
  name: v.optional(shortText),
  headline: v.optional(shortText),
  relationship: v.optional(relationship),
});

const pageEvent = v.pipe(
  v.strictObject({
    contactId,
    type: v.picklist(['received', 'given', 'request-sent']),
    at: date,
    text: v.optional(longText),
    source: v.literal('page'),
    key: v.pipe(eventKey, v.startsWith('page:')),
  }),
  v.check((e) => isPageKeyFor(e.key, e.type, e.contactId), 'A page event’s key must be the page key for its type and contact'),
);

/** A request still open: asked, and neither a recommendation nor a refusal since. */
function openRequest(history: readonly VouchEvent[]): VouchEvent | undefined {
  const ask = history.find((k) => k.type === 'request-sent');
  return ask && !history.some((k) => (k.type === 'received' || k.type === 'declined') && k.at >= ask.at) ? ask : undefined;
}

/** Whether a page fact is already on record in another form, so that writing it would count it twice. */
function alreadyKnown(e: PageFacts['events'][number], history: readonly VouchEvent[]): boolean {
  if (e.type !== 'request-sent') return history.some((k) => k.type === e.type && k.source !== 'page');
  // A pending request the user already recorded through Vouch (or an earlier page read, under
  // other words) is that same request; one older than an answer on record was answered.
  if (openRequest(history)) return true;
  return history.some((k) => (k.type === 'received' || k.type === 'declined') && k.at >= e.at);
}

/**
 * Writes what a page showed, all or nothing. Page facts only ever add: contacts' user settings are
 * left alone (a relationship read from the page is only filled in where the user has set none),
 * nothing is deleted, and a recommendation or request the user (or an import) already recorded is
 * not recorded a second time under the page's key.
 */
export async function recordPageFacts(db: VouchDb, facts: PageFacts, now: Date): Promise<{ added: number }> {
  return db.transaction('rw', db.contacts, db.events, async () => {
    for (const { relationship: suggested, ...c } of facts.contacts) {
      const contact = await upsertContactFacts(db, c, now);
      if (suggested && !contact.relationship && !contact.relationshipCleared) await updateContactSettings(db, c.id, { relationship: suggested }, now);
    }
    const fresh = [];
    for (const e of facts.events) {
      if (!alreadyKnown(e, await historyOf(db, e.contactId))) fresh.push(e);
    }
    return appendEvents(db, fresh);
  });
}

/** Reciprocity: where the user stands with each contact, page sync, and editing the history. */
export const reciprocityHandlers = {
  'contact.summary': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ contactId, reminderAfterDays }),
    run: async (db, input, ctx) =>
      db.transaction('r', db.contacts, db.events, db.notes, async () => {
        const [contact, events, notes] = await Promise.all([
          db.contacts.get(input.contactId),
          historyOf(db, input.contactId),
          db.notes.where('contactId').equals(input.contactId).count(),
        ]);
        const status = reciprocityOf(events, ctx.now(), rulesOptions(contact, input));
        return { contact: contact ?? null, status, recent: events.slice(0, RECENT_EVENTS), notes };
      }),
  }),
  'contacts.summaries': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ contactIds: v.pipe(v.array(contactId), v.maxLength(1_000)), reminderAfterDays }),
    run: (db, input, ctx) => statusesOf(db, input.contactIds, ctx.now(), input),
  }),
  'followups.due': handler({
    reads: true,
    from: 'extension',
    input: v.strictObject({ reminderAfterDays }),
    run: (db, input, ctx) => dueFollowUps(db, ctx.now(), input),
  }),
  'ledger.list': handler({
    reads: true,
    from: 'extension',
    input: v.strictObject({
      reminderAfterDays,
      query: v.optional(v.pipe(v.string(), v.maxLength(200))),
      status: v.optional(v.union([v.picklist(STATUSES), v.pipe(v.array(v.picklist(STATUSES)), v.maxLength(STATUSES.length))])),
      relationship: v.optional(v.picklist([...RELATIONSHIPS, 'unknown'])),
      due: v.optional(v.boolean()),
      sort: v.optional(v.picklist(LEDGER_SORTS)),
    }),
    run: (db, input, ctx) => ledger(db, ctx.now(), input),
  }),
  // The own-profile summary runs in the content script: it gets counts and short lists, not the ledger.
  'ledger.summary': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ reminderAfterDays }),
    run: (db, input, ctx) => ledgerSummary(db, ctx.now(), input),
  }),
  'events.delete': handler({
    from: 'any',
    input: v.strictObject({ key: eventKey }),
    run: (db, input, ctx) => deleteEvent(db, input.key, ctx.now()),
  }),
  'events.restore': handler({
    from: 'any',
    input: v.strictObject({ key: eventKey }),
    run: (db, input) => restoreEvent(db, input.key),
  }),
  'events.update': handler({
    from: 'any',
    input: v.strictObject({
      key: eventKey,
      type: v.optional(eventType),
      at: v.optional(date),
      text: v.optional(v.nullable(longText)),
    }),
    run: (db, { key, ...edit }) => updateEvent(db, key, edit),
  }),
  'sync.profile': handler({
    from: 'any',
    input: v.strictObject({
      contacts: v.pipe(v.array(pageContact), v.maxLength(1_000)),
      events: v.pipe(v.array(pageEvent), v.maxLength(2_000)),
    }),
    run: (db, input, ctx) => recordPageFacts(db, input, ctx.now()),
  }),
};
