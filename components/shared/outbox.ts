import type { MessageInput, MessageOutput, MessageType } from '@/storage/protocol';
import { call as send, ContextGoneError, VouchError, type Call } from './client';

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

// About 32 s in all; never more than 4 s between tries, so a write lands soon after the worker is back.
const DELAYS_MS = [100, 250, 500, 1_000, 2_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000];

interface Pending {
  type: MessageType;
  payload: unknown;
  attempts: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export interface OutboxOptions {
  /**
   * Called once a write went through only after being sent again. Its first try may have committed
   * before the worker stopped, without the background's word of the change reaching other pages,
   * and the try that answered may have found the first copy and changed nothing: a page reading the
   * database itself then has to read again (the dashboard's live queries).
   */
  onRedelivered?: (type: MessageType) => void;
}

/**
 * A `call` that survives the background worker being stopped in the middle of a save: Chrome
 * restarts it on the next message, so an unacknowledged write is sent again after a short wait.
 * A refusal (bad input, a full disk, read-only data) or an extension update is final and is not
 * retried; a failure the background marks as the storage's at that moment (`retry`: the database
 * could not be opened, a transaction was cut off) is sent again like a lost answer.
 *
 * Writes are sent one at a time, in the order they were made, so a retried write can never land
 * after a later one (a draft saved, then cleared, stays cleared). Reads go straight through.
 */
export function createOutbox(transport: Call = send, options: OutboxOptions = {}) {
  const queue: Pending[] = [];
  let busy = false;
  const listeners = new Set<(size: number) => void>();
  const notify = () => listeners.forEach((l) => l(queue.length));

  const settle = (done: () => void) => {
    queue.shift();
    busy = false;
    notify();
    done();
    pump();
  };

  const attempt = (item: Pending) => {
    transport(item.type, item.payload as MessageInput<typeof item.type>).then(
      (value) =>
        settle(() => {
          item.resolve(value);
          try {
            if (item.attempts > 0) options.onRedelivered?.(item.type);
          } catch {
            // A page that could not read again must not hold up the writes behind this one.
          }
        }),
      (error: unknown) => {
        const refused = error instanceof VouchError && !error.retry;
        const final = refused || error instanceof ContextGoneError || item.attempts >= DELAYS_MS.length;
        if (final) settle(() => item.reject(error));
        else setTimeout(() => attempt(item), DELAYS_MS[item.attempts++]);
      },
    );
  };

  function pump() {
    const head = queue[0];
    if (busy || !head) return;
    busy = true;
    attempt(head);
  }

  const call: Call = <K extends MessageType>(type: K, payload: MessageInput<K>) => {
    if (!RETRYABLE.has(type)) return transport(type, payload);
    return new Promise<MessageOutput<K>>((resolve, reject) => {
      queue.push({ type, payload: identify(type, payload), attempts: 0, resolve: resolve as (v: unknown) => void, reject });
      notify();
      pump();
    });
  };

  return {
    call,
    /** Writes not yet confirmed. */
    get size() {
      return queue.length;
    },
    onChange(listener: (size: number) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
