import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { call, VouchError, type Call } from '@/components/shared/client';
import { createOutbox } from '@/components/shared/outbox';
import { identify, RETRYABLE } from '@/components/shared/delivery';
import { createDb, type VouchDb } from '@/storage/db';
import { UserFacingError } from '@/storage/errors';
import type { Reply } from '@/storage/protocol';
import { handler } from '@/storage/protocol/define';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { serve, type Route } from '@/storage/protocol/serve';

/**
 * A failure of the storage at that moment (the worker being stopped closes its database, the
 * browser's IndexedDB fails to open for an instant) is not the message's fault: the background says
 * so, and the pages' outbox sends the write again instead of giving up on what the user wrote.
 */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const dashboard: Sender = { id: ID, url: `${ORIGIN}/dashboard.html`, origin: ORIGIN, tab: { id: 8 } };
const msg = (type: string, payload: unknown) => ({ vouch: 1, type, payload });

let db: VouchDb;
beforeEach(async () => {
  db = createDb(`transient-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function named(name: string, message = 'it failed'): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

describe('the router', () => {
  it('marks a write cut off by its database closing as one to send again', async () => {
    const handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN });
    db.close();
    const reply = await handle(msg('notes.add', { contactId: 'sam', text: 'Led the Atlas migration.' }), dashboard);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not complete "notes\.add": /), retry: true });
  });

  it('marks only the storage’s failures of the moment, by name or by the error Dexie wraps', async () => {
    const cases: [Error, boolean][] = [
      [named('AbortError'), true],
      [named('DatabaseClosedError'), true],
      [named('TransactionInactiveError'), true],
      [named('UnknownError', 'Internal error opening backing store'), true],
      [Object.assign(named('OpenFailedError'), { inner: named('UnknownError') }), true],
      [Object.assign(new Error('wrapped'), { inner: named('AbortError') }), true],
      [new TypeError('x is undefined'), false],
      [named('ConstraintError'), false],
      [named('QuotaExceededError', 'The quota has been exceeded.'), false],
      [new UserFacingError({ key: 'errors.eventGone' }), false],
    ];
    for (const [error, retry] of cases) {
      const handlers = { 'notes.add': handler({ from: 'any', input: v.unknown(), run: async () => Promise.reject(error) }) };
      const handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, handlers: handlers as never });
      const reply = await handle(msg('notes.add', {}), dashboard);
      expect(reply.ok, error.name).toBe(false);
      expect('retry' in reply && reply.retry, `${error.name}: ${error.message}`).toBe(retry);
    }
  });
});

describe('serve', () => {
  it('opens once for every message when the open succeeds', async () => {
    const open = vi.fn(async (): Promise<Route> => async () => ({ ok: true, data: 1 }));
    const answer = serve(open);
    expect(await Promise.all([answer(msg('ping', {}), dashboard), answer(msg('ping', {}), dashboard)])).toEqual([
      { ok: true, data: 1 },
      { ok: true, data: 1 },
    ]);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('answers a failed open with a reply to send again, and opens again for the next message', async () => {
    let opens = 0;
    const answer = serve(async () => {
      if (++opens === 1) throw named('UnknownError', 'Internal error opening backing store');
      return async () => ({ ok: true, data: 'stored' });
    });
    expect(await answer(msg('notes.add', {}), dashboard)).toEqual({
      ok: false,
      error: 'Vouch could not open its data: UnknownError: Internal error opening backing store',
      said: { key: 'errors.cannotOpen' },
      retry: true,
    });
    expect(await answer(msg('notes.add', {}), dashboard)).toEqual({ ok: true, data: 'stored' });
    expect(opens).toBe(2);
  });

  it('answers even when the router itself throws', async () => {
    const answer = serve(async () => async () => Promise.reject(new TypeError('a bug')));
    expect(await answer(msg('ping', {}), dashboard)).toEqual({ ok: false, error: 'Vouch could not answer: TypeError: a bug', said: { key: 'errors.couldNot' } });
  });
});

describe('the pages’ side', () => {
  it('call turns a reply marked retry into a VouchError that says so, and a refusal into one that does not', async () => {
    const replies: Reply[] = [
      { ok: false, error: 'Vouch could not open its data: UnknownError', retry: true },
      { ok: false, error: 'Refused: not a Vouch message.' },
    ];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => replies.shift()) as never);
    const first = await call('ping', {}).catch((e: unknown) => e);
    const second = await call('ping', {}).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(VouchError);
    expect((first as VouchError).retry).toBe(true);
    expect(second).toBeInstanceOf(VouchError);
    expect((second as VouchError).retry).toBe(false);
  });

  it('the outbox sends a write again after a failure marked retry, and keeps it until stored', async () => {
    vi.useFakeTimers();
    try {
      let tries = 0;
      const transport = (async () => {
        if (++tries < 3) throw new VouchError('Could not complete "notes.add": DatabaseClosedError', true);
        return { id: 1 };
      }) as unknown as Call;
      const done = createOutbox(transport, { writes: RETRYABLE, identify }).call('notes.add', { contactId: 'sam', text: 'Led the Atlas migration.' });
      await vi.runAllTimersAsync();
      await expect(done).resolves.toEqual({ id: 1 });
      expect(tries).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the outbox tries again within 4 s while the worker is unreachable, for about half a minute, then says why', async () => {
    vi.useFakeTimers();
    try {
      const at: number[] = [];
      const transport = (async () => {
        at.push(Date.now());
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }) as unknown as Call;
      const done = createOutbox(transport, { writes: RETRYABLE, identify }).call('notes.add', { contactId: 'sam', text: 'x' });
      const settled = done.catch((e: Error) => e.message);
      await vi.runAllTimersAsync();
      expect(await settled).toMatch(/Receiving end does not exist/);
      const gaps = at.slice(1).map((t, i) => t - at[i]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(4_000);
      expect(at.at(-1)! - at[0]!).toBeGreaterThanOrEqual(30_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
