import * as v from 'valibot';
import { createDb, type VouchDb } from '@/storage/db';
import { handlers, type MessageInput, type MessageOutput, type MessageType } from '@/storage/protocol';
import type { NewEvent } from '@/storage/repositories/events';
import type { EventType } from '@/storage/types';

export const NOW = new Date('2025-06-01T12:00:00Z');
export const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

export function freshDb(): VouchDb {
  return createDb('test-' + crypto.randomUUID());
}

let counter = 0;
/** An event the user entered, `ago` days before NOW. */
export function userEvent(contactId: string, type: EventType, ago: number, extra: Partial<NewEvent> = {}): NewEvent {
  counter += 1;
  return { contactId, type, at: daysAgo(ago), source: 'user', key: `user:${contactId}:${type}:${counter}`, ...extra };
}

/**
 * The background's side of `call`, without a browser: validates the payload with the handler's own
 * schema and then JSON-round-trips the answer, as Chrome does, so that tests see what the UI sees.
 */
export function backgroundCall(db: VouchDb, now: () => Date = () => NOW) {
  return async <K extends MessageType>(type: K, payload: MessageInput<K>): Promise<MessageOutput<K>> => {
    const h = handlers[type] as unknown as {
      input: v.GenericSchema;
      run(db: VouchDb, input: unknown, ctx: { now(): Date }): Promise<unknown>;
    };
    const input = v.parse(h.input, payload);
    const out = await h.run(db, input, { now });
    const { encodeDates, reviveDates } = await import('@/storage/tagged-dates');
    return reviveDates<MessageOutput<K>>(JSON.parse(JSON.stringify(encodeDates(out ?? null))));
  };
}
