import { browser } from 'wxt/browser';
import { reviveDates } from '@/storage/tagged-dates';
import type { Envelope, MessageInput, MessageOutput, MessageType, Reply } from '@/storage/protocol';
import type { Said } from '@/storage/said';

type Failure = Extract<Reply, { ok: false }>;

/**
 * A refusal or failure the background explained. `said` is its sentence for the user, as it came
 * (the pages check it before saying it, explain.ts); `message` is for logs. `retry` says the
 * failure was the storage's at that moment, not the message's: sending it again may work.
 */
export class VouchError extends Error {
  override name = 'VouchError';
  constructor(
    message: string,
    readonly retry = false,
    readonly said?: Said,
  ) {
    super(message);
  }

  /** The error a failed reply stands for. */
  static of(reply: Failure): VouchError {
    return new VouchError(reply.error, reply.retry === true, reply.said);
  }
}

/** Raised when the extension was updated or removed under a running content script (its message is for logs). */
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
  // No answer at all: the worker stopped while answering, and sending again may work.
  if (!reply) throw new VouchError('Vouch did not answer.', true, { key: 'errors.noAnswer' });
  if (!reply.ok) throw VouchError.of(reply);
  return reply.data as MessageOutput<typeof type>;
};

/** Sends one typed message to the background and returns its answer, or throws why not. */
export const call: Call = async (type, payload) => reviveDates(await post(type, payload));
