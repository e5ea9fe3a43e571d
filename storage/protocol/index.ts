import type * as v from 'valibot';
import type { Said } from '../said';
import { coreHandlers } from './core';
import { reciprocityHandlers } from './reciprocity';
import { templateHandlers } from './templates';
import { requestHandlers } from './requests';
import { dashboardHandlers } from './dashboard';

/**
 * Every message the background answers. A feature adds its own handler map here: one import,
 * one spread. The content script and the dashboard import only the *types* below.
 */
export const handlers = {
  ...coreHandlers,
  ...reciprocityHandlers,
  ...templateHandlers,
  ...requestHandlers,
  ...dashboardHandlers,
};

export type Handlers = typeof handlers;
export type MessageType = keyof Handlers;
export type MessageInput<K extends MessageType> = v.InferInput<Handlers[K]['input']>;
export type MessageOutput<K extends MessageType> = Awaited<ReturnType<Handlers[K]['run']>>;

/** The envelope on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  vouch: 1;
  type: K;
  payload: MessageInput<K>;
}
/**
 * The background's answer. `retry` marks a failure of the storage at that moment rather than of the
 * message (the database could not be opened, a transaction was cut off): the same write may go
 * through when it is sent again, and the pages' outbox does so. `said` is the failure's sentence for
 * the user, when it has one (the pages say it in their language); `error` is for logs.
 */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string; said?: Said; retry?: true };
