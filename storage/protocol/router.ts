import * as v from 'valibot';
import { encodeDates } from '../tagged-dates';
import type { VouchDb } from '../db';
import { UserFacingError } from '../errors';
import { isSaid, type Said } from '../said';
import type { Progress } from './progress';
import { MAX_EXTENSION_MESSAGE_CHARS, MAX_MESSAGE_CHARS } from '../limits';
import type { Audience, Handler, HandlerContext } from './define';
import { handlers as defaultHandlers, type Reply } from './index';

/** The parts of `runtime.MessageSender` the router trusts (all filled in by the browser, not the sender). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface RouterOptions {
  /** This extension's id: messages from any other extension are refused. */
  extensionId: string;
  /** This extension's page origin, e.g. `chrome-extension://<id>`. */
  extensionOrigin: string;
  now?: () => Date;
  /** Where refusals are logged (the background's console and its log table). */
  onReject?: (reason: string, message: unknown, sender: Sender) => void;
  handlers?: Record<string, Handler<v.GenericSchema, unknown>>;
  /** Where a long write's progress goes (the background posts it to Vouch's own pages). */
  onProgress?: (progress: Progress) => void;
  /** Set when the data may only be read: every message that writes is refused with this reason. */
  readOnlyReason?: Said | null;
}

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
export { MAX_EXTENSION_MESSAGE_CHARS, MAX_MESSAGE_CHARS };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Origin = 'content' | 'extension';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Who sent this, or why the sender is refused. */
export function classifySender(sender: Sender, opts: Pick<RouterOptions, 'extensionId' | 'extensionOrigin'>): Origin | string {
  if (sender.id !== opts.extensionId) return 'Refused: the message did not come from Vouch itself.';
  const from = sender.origin ?? originOf(sender.url);
  if (sender.url && sender.url.startsWith(`${opts.extensionOrigin}/`)) return 'extension';
  if (!sender.tab) return 'Refused: the message came from neither a LinkedIn tab nor a Vouch page.';
  if (from !== LINKEDIN_ORIGIN || originOf(sender.url) !== LINKEDIN_ORIGIN) {
    return 'Refused: content messages are accepted only from https://www.linkedin.com.';
  }
  if (sender.frameId !== 0) return 'Refused: content messages are accepted only from the top frame.';
  return 'content';
}

/** Walks the message once: no prototype keys, bounded depth and size. */
export function inspectShape(value: unknown, maxChars = MAX_MESSAGE_CHARS): string | null {
  let chars = 0;
  const walk = (x: unknown, depth: number): string | null => {
    if (depth > 12) return 'Refused: the message is nested too deeply.';
    if (typeof x === 'string') {
      chars += x.length;
      return chars > maxChars ? 'Refused: the message is too large.' : null;
    }
    if (x === null || typeof x !== 'object' || x instanceof Date) return null;
    for (const key of Object.keys(x)) {
      if (FORBIDDEN_KEYS.has(key)) return `Refused: the key "${key}" is not allowed.`;
      const err = walk((x as Record<string, unknown>)[key], depth + 1);
      if (err) return err;
    }
    return null;
  };
  return walk(value, 0);
}

function allowed(audience: Audience, origin: Origin): boolean {
  return audience === 'any' || audience === origin;
}

/**
 * A failure the user reads, sent as its sentence (`said`, checked as every message is: a handler's
 * malformed one goes as a plain failure) and, for logs, its message name.
 */
function refusal(said: Said): Reply {
  return isSaid(said) ? { ok: false, error: said.key, said } : { ok: false, error: `Malformed sentence: ${JSON.stringify(said).slice(0, 200)}` };
}

function describe(issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'Invalid message.';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `Invalid message${path ? ` at "${path}"` : ''}: ${first.message}`;
}

/**
 * The background's single entry point: checks the sender, the envelope and the payload's schema
 * before any handler runs. A refusal changes nothing and says why.
 */
export function createRouter(db: VouchDb, opts: RouterOptions) {
  const table = (opts.handlers ?? defaultHandlers) as Record<string, Handler<v.GenericSchema, unknown>>;
  const now = opts.now ?? (() => new Date());
  const contextFor = (type: string): HandlerContext => ({
    now,
    progress: (done, total) => opts.onProgress?.({ vouchProgress: 1, type, done, total }),
  });
  const reject = (error: string, message: unknown, sender: Sender): Reply => {
    opts.onReject?.(error, message, sender);
    return { ok: false, error };
  };

  return async function handle(message: unknown, sender: Sender): Promise<Reply> {
    const origin = classifySender(sender, opts);
    if (origin !== 'content' && origin !== 'extension') return reject(origin, message, sender);
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return reject('Refused: a message must be an object.', message, sender);
    }
    const shapeError = inspectShape(message, origin === 'extension' ? MAX_EXTENSION_MESSAGE_CHARS : MAX_MESSAGE_CHARS);
    if (shapeError) return reject(shapeError, message, sender);
    const { vouch, type, payload, ...rest } = message as Record<string, unknown>;
    if (vouch !== 1 || Object.keys(rest).length > 0) return reject('Refused: not a Vouch message.', message, sender);
    if (typeof type !== 'string' || !Object.hasOwn(table, type)) {
      return reject(`Refused: unknown message "${String(type).slice(0, 60)}".`, message, sender);
    }
    const h = table[type]!;
    if (!allowed(h.from, origin)) return reject(`Refused: "${type}" is not accepted from this sender.`, message, sender);
    if (opts.readOnlyReason && !h.reads) return refusal(opts.readOnlyReason);
    const parsed = v.safeParse(h.input, payload);
    if (!parsed.success) return reject(describe(parsed.issues), message, sender);
    try {
      // Dates go tagged: Chrome passes messages as JSON, and `call` revives them by the tag.
      return { ok: true, data: encodeDates(await h.run(db, parsed.output, contextFor(type))) };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      if (error instanceof UserFacingError) return refusal(error.said);
      if (error.name === 'QuotaExceededError' || /quota/i.test(error.message)) return refusal({ key: 'errors.diskFull' });
      const reply: Reply = { ok: false, error: `Could not complete "${type}": ${error.message}` };
      return isTransient(error) ? { ...reply, retry: true } : reply;
    }
  };
}

/**
 * IndexedDB's and Dexie's names for a failure of the database at that moment (its connection was
 * closed or its transaction cut off, as when the worker is being stopped, or the browser's storage
 * failed for an instant), not of the message: sending the same message again may work.
 */
const TRANSIENT = new Set(['AbortError', 'DatabaseClosedError', 'TransactionInactiveError', 'InvalidStateError', 'UnknownError', 'OpenFailedError', 'TimeoutError']);

function isTransient(error: Error): boolean {
  const inner = (error as { inner?: unknown }).inner;
  return TRANSIENT.has(error.name) || (inner instanceof Error && TRANSIENT.has(inner.name));
}
