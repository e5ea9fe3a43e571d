import type { MessageInput, MessageOutput, MessageType } from '@/storage/protocol';
import { ContextGoneError, VouchError, type Call } from './client';

// Quick at first, then at a steady pace: a write lands soon after the worker is back, and gives up
// only after the worker has had ample time to start.
const DELAYS_MS = [100, 250, 500, 1_000, 2_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000, 4_000];

interface Pending {
  type: MessageType;
  payload: unknown;
  attempts: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export interface OutboxOptions {
  /** The messages that write: kept until confirmed, and sent again. Reads go straight through. */
  writes: ReadonlySet<MessageType>;
  /** Makes a write recognisable when it is sent again (see `identify` in delivery.ts). */
  identify?: <K extends MessageType>(type: K, payload: MessageInput<K>) => MessageInput<K>;
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
export function createOutbox(transport: Call, options: OutboxOptions) {
  const identify = options.identify ?? ((_type, payload) => payload);
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
    if (!options.writes.has(type)) return transport(type, payload);
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
