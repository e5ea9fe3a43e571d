import { browser } from 'wxt/browser';
import { reviveDates } from '@/storage/tagged-dates';
import type { Envelope, MessageInput, MessageOutput, MessageType, Reply } from '@/storage/protocol';

/**
 * A refusal or failure the background explained: its message is meant for the user. `retry` says
 * the failure was the storage's at that moment, not the message's: sending it again may work.
 */
export class VouchError extends Error {
  override name = 'VouchError';
  constructor(
    message: string,
    readonly retry = false,
  ) {
    super(message);
  }
}

/** Raised when the extension was updated or removed under a running content script. */
export class ContextGoneError extends Error {
  override name = 'ContextGoneError';
}

export type Call = <K extends MessageType>(type: K, payload: MessageInput<K>) => Promise<MessageOutput<K>>;

/**
 * Sends one typed message to the background and returns its answer as it came, dates still
 * tagged, or throws why not. For callers that read no date in the answer (the content script);
 * everyone else uses `call`.
 */
export const post: Call = async (type, payload) => {
  const envelope: Envelope = { vouch: 1, type, payload } as Envelope;
  let reply: Reply | undefined;
  try {
    if (!browser.runtime?.id) throw new ContextGoneError('Vouch was updated, reload this tab.');
    reply = (await browser.runtime.sendMessage(envelope)) as Reply | undefined;
  } catch (e) {
    if (e instanceof ContextGoneError || /context invalidated/i.test(String(e))) {
      throw new ContextGoneError('Vouch was updated, reload this tab.');
    }
    throw e;
  }
  if (!reply) throw new Error('Vouch did not answer.');
  if (!reply.ok) throw new VouchError(reply.error, reply.retry === true);
  return reply.data as MessageOutput<typeof type>;
};

/** Sends one typed message to the background and returns its answer, or throws why not. */
export const call: Call = async (type, payload) => reviveDates(await post(type, payload));

/**
 * What to tell the user about a failed call. The background's own explanation is shown when it
 * gave one (a full disk, data written by a newer Vouch and opened read-only, a refusal), and an
 * extension update says to reload the tab; anything else gets `fallback` alone.
 */
export function explain(error: unknown, fallback: string): string {
  if (error instanceof ContextGoneError) return error.message;
  if (error instanceof VouchError && error.message) return `${fallback} ${error.message}`;
  return fallback;
}
