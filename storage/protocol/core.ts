import * as v from 'valibot';
import { handler } from './define';
import { contactId, date, eventKey, eventSource, eventType, longText, relationship, shortText } from './fields';
import { getContact, updateContactSettings, upsertContactFacts } from '../repositories/contacts';
import { appendEvents, historyOf } from '../repositories/events';
import { addNote, deleteNote, notesOf } from '../repositories/notes';
import { clearDraft, getDraft, saveDraft } from '../repositories/drafts';

const contactFacts = v.strictObject({
  id: contactId,
  name: v.optional(shortText),
  firstName: v.optional(shortText),
  lastName: v.optional(shortText),
  headline: v.optional(shortText),
  company: v.optional(shortText),
  memberUrn: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const newEvent = v.strictObject({
  contactId,
  type: eventType,
  at: date,
  text: v.optional(longText),
  source: eventSource,
  key: eventKey,
});

const draftKind = v.picklist(['write', 'request']);

/** The foundation's messages: contacts, the event log, notes and drafts. */
export const coreHandlers = {
  ping: handler({
    reads: true,
    from: 'any',
    input: v.strictObject({}),
    run: async () => ({ pong: true as const }),
  }),
  'log.report': handler({
    from: 'any',
    input: v.strictObject({ source: v.pipe(v.string(), v.maxLength(100)), message: v.pipe(v.string(), v.maxLength(2_000)) }),
    run: async (db, input, ctx) => {
      await db.log.add({ at: ctx.now(), level: 'error', source: input.source, message: input.message });
      return { logged: true as const };
    },
  }),
  'contact.upsert': handler({
    from: 'any',
    input: contactFacts,
    run: (db, input, ctx) => upsertContactFacts(db, input, ctx.now()),
  }),
  'contact.get': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ id: contactId }),
    run: async (db, input) => (await getContact(db, input.id)) ?? null,
  }),
  'contact.settings': handler({
    from: 'any',
    input: v.strictObject({
      id: contactId,
      relationship: v.optional(v.nullable(relationship)),
      relationshipCleared: v.optional(v.boolean()),
      reminderAfterDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)))),
      doNotNudge: v.optional(v.boolean()),
      snoozedUntil: v.optional(v.nullable(date)),
    }),
    run: (db, { id, ...settings }, ctx) => updateContactSettings(db, id, settings, ctx.now()),
  }),
  'events.append': handler({
    from: 'any',
    input: v.strictObject({ events: v.pipe(v.array(newEvent), v.minLength(1), v.maxLength(500)) }),
    run: (db, input) => appendEvents(db, input.events),
  }),
  'contact.history': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ contactId, limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))) }),
    run: (db, input) => historyOf(db, input.contactId, { limit: input.limit }),
  }),
  'notes.add': handler({
    from: 'any',
    // `at` is given only when undo puts back a note that was removed, with its own date.
    input: v.strictObject({ contactId, text: v.pipe(longText, v.minLength(1)), at: v.optional(date) }),
    run: (db, input, ctx) => addNote(db, input.contactId, input.text, input.at ?? ctx.now()),
  }),
  'notes.list': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ contactId }),
    run: (db, input) => notesOf(db, input.contactId),
  }),
  'notes.delete': handler({
    from: 'any',
    input: v.strictObject({ id: v.pipe(v.number(), v.integer()) }),
    run: async (db, input) => {
      await deleteNote(db, input.id);
      return { deleted: true as const };
    },
  }),
  'draft.save': handler({
    from: 'any',
    // `at` as for notes: an undone removal keeps the draft's own date.
    input: v.strictObject({ contactId, kind: draftKind, text: longText, at: v.optional(date) }),
    run: (db, input, ctx) => saveDraft(db, input.contactId, input.kind, input.text, input.at ?? ctx.now()),
  }),
  'draft.get': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({ contactId, kind: draftKind }),
    run: async (db, input) => (await getDraft(db, input.contactId, input.kind)) ?? null,
  }),
  'draft.clear': handler({
    from: 'any',
    input: v.strictObject({ contactId, kind: draftKind }),
    run: async (db, input) => {
      await clearDraft(db, input.contactId, input.kind);
      return { cleared: true as const };
    },
  }),
};
