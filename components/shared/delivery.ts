import type { MessageInput, MessageType } from '@/storage/protocol';
import { call as send } from './client';
import { createOutbox, type OutboxOptions } from './outbox';

/**
 * How each message is delivered. Every message the background answers must be listed (the
 * `satisfies` below fails to compile otherwise), and tests/trust/outbox.test.ts checks the list
 * against the protocol: a message is a `read` exactly when its handler is marked `reads: true`.
 *
 * Every write waits in the outbox until the background confirms its commit, and is sent again
 * after the worker restarts. The content script imports only the protocol's types, so the list
 * is written out here rather than computed from the handlers (which would pull the background's
 * code into LinkedIn's tab).
 *
 * A retry is only sent when no answer came back, which almost always means the worker stopped
 * before the write committed, or when the background answered that its storage failed at that
 * moment (`retry`: nothing was committed). In the rare case the worker stopped after committing but
 * before answering, the write is applied twice: harmless for the idempotent ones (events by key,
 * contacts, drafts, settings and templates by id, deletes, an import, whose rows are keyed, a
 * restore, which replaces everything), a refusal for an import question already answered. What adds a row is
 * made recognisable when it enters the outbox (`identify`), so the background knows a second copy
 * and keeps one: a note is stamped with the moment it was written, a new template with its id.
 */
export const DELIVERY = {
  // Reads: sent once; the caller shows what it could not load.
  ping: 'read',
  'contact.get': 'read',
  'contact.history': 'read',
  'notes.list': 'read',
  'draft.get': 'read',
  'contact.summary': 'read',
  'contacts.summaries': 'read',
  'followups.due': 'read',
  'ledger.list': 'read',
  'ledger.summary': 'read',
  'templates.list': 'read',
  'requests.sentBefore': 'read',
  // Writes: kept and retried.
  'log.report': 'write',
  'contact.upsert': 'write',
  'contact.settings': 'write',
  'events.append': 'write',
  'events.delete': 'write',
  'events.restore': 'write',
  'events.update': 'write',
  'sync.profile': 'write',
  'notes.add': 'write',
  'notes.delete': 'write',
  'draft.save': 'write',
  'draft.clear': 'write',
  'templates.save': 'write',
  'templates.delete': 'write',
  'templates.reset': 'write',
  'import.linkedin': 'write',
  'ambiguity.resolve': 'write',
  'ambiguity.newContact': 'write',
  'ambiguity.dismiss': 'write',
  'backup.restore': 'write',
  'data.deleteAll': 'write',
} as const satisfies Record<MessageType, 'read' | 'write'>;

/** The writes the outbox keeps until the background confirms them. */
export const RETRYABLE: ReadonlySet<MessageType> = new Set(
  (Object.keys(DELIVERY) as MessageType[]).filter((type) => DELIVERY[type] === 'write'),
);

/**
 * A write that adds a row gets what makes it the same row when it is sent again: a note is stamped
 * with the moment it was written (an undo already carries the note's own date), a new template
 * with the id it will have (an edit already names its template).
 */
export function identify<K extends MessageType>(type: K, payload: MessageInput<K>): MessageInput<K> {
  if (type === 'notes.add') {
    const note = payload as MessageInput<'notes.add'>;
    return (note.at ? note : { ...note, at: new Date() }) as MessageInput<K>;
  }
  if (type === 'templates.save') {
    const template = payload as MessageInput<'templates.save'>;
    return (template.id || template.newId ? template : { ...template, newId: `user:${globalThis.crypto.randomUUID()}` }) as MessageInput<K>;
  }
  return payload;
}


/** The outbox of a Vouch page (the side panel, the dashboard): every write of the protocol kept and retried. */
export function createPageOutbox(options: Omit<OutboxOptions, 'writes' | 'identify'> = {}) {
  return createOutbox(send, { ...options, writes: RETRYABLE, identify });
}
