import type * as v from 'valibot';
import type { VouchDb } from '../db';

/**
 * Who may send a message: the content script on LinkedIn, the extension's own pages (dashboard),
 * or both. Anything that reads or rewrites the whole ledger is for extension pages only.
 */
export type Audience = 'content' | 'extension' | 'any';

export interface HandlerContext {
  now(): Date;
  /** Tells Vouch's open pages how far a long write has got (an import): `done` of `total` rows. */
  progress(done: number, total: number): void;
}

export interface Handler<S extends v.GenericSchema, R> {
  from: Audience;
  /** Only reads: still answered when the data is read-only (written by a newer Vouch). */
  reads?: true;
  input: S;
  run(db: VouchDb, input: v.InferOutput<S>, ctx: HandlerContext): Promise<R>;
}

/** Declares one message: its audience, the schema its payload must pass, and what it does. */
export function handler<S extends v.GenericSchema, R>(h: Handler<S, R>): Handler<S, R> {
  return h;
}
