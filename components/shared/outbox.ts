import type { MessageInput, MessageOutput, MessageType } from '@/storage/protocol';
import { call as send, ContextGoneError, VouchError, type Call } from './client';

/**
 * Writes that are safe to send again: each is idempotent in the background (events by key, drafts
 * and settings by id). They wait in the outbox until the background confirms the commit.
 */
export const RETRYABLE = new Set<MessageType>([
  'events.append',
  'draft.save',
  'contact.upsert',
  'contact.settings',
  'sync.profile',
] as MessageType[]);

const DELAYS_MS = [100, 250, 500, 1_000, 2_000, 4_000, 8_000, 15_000];

interface Pending {
  type: MessageType;
  payload: unknown;
  attempts: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * A `call` that survives the background worker being stopped in the middle of a save: Chrome
 * restarts it on the next message, so an unacknowledged write is sent again after a short wait.
 * A refusal (bad input) or an extension update is final and is not retried.
 */
export function createOutbox(transport: Call = send) {
  const pending = new Set<Pending>();
  const listeners = new Set<(size: number) => void>();
  const notify = () => listeners.forEach((l) => l(pending.size));

  const attempt = (item: Pending) => {
    transport(item.type, item.payload as MessageInput<typeof item.type>).then(
      (value) => {
        pending.delete(item);
        notify();
        item.resolve(value);
      },
      (error: unknown) => {
        const final = error instanceof VouchError || error instanceof ContextGoneError || item.attempts >= DELAYS_MS.length;
        if (final) {
          pending.delete(item);
          notify();
          item.reject(error);
          return;
        }
        setTimeout(() => attempt(item), DELAYS_MS[item.attempts++]);
      },
    );
  };

  const call: Call = <K extends MessageType>(type: K, payload: MessageInput<K>) => {
    if (!RETRYABLE.has(type)) return transport(type, payload);
    return new Promise<MessageOutput<K>>((resolve, reject) => {
      const item: Pending = { type, payload, attempts: 0, resolve: resolve as (v: unknown) => void, reject };
      pending.add(item);
      notify();
      attempt(item);
    });
  };

  return {
    call,
    /** Writes not yet confirmed. */
    get size() {
      return pending.size;
    },
    onChange(listener: (size: number) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
