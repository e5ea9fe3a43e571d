import { describe, expect, it, vi } from 'vitest';
import { createOutbox as createBareOutbox, type OutboxOptions } from '@/components/shared/outbox';
import { DELIVERY, identify, RETRYABLE } from '@/components/shared/delivery';

/** The pages' outbox, over a test transport. */
const createOutbox = (transport: Parameters<typeof createBareOutbox>[0], options: Partial<OutboxOptions> = {}) =>
  createBareOutbox(transport, { writes: RETRYABLE, identify, ...options });
import { createDb } from '@/storage/db';
import { backgroundFor } from '../dashboard/helpers';
import { ContextGoneError, VouchError, type Call } from '@/components/shared/client';
import { handlers, type MessageType } from '@/storage/protocol';

const appendPayload = { events: [{ contactId: 'jane', type: 'given', at: new Date(), source: 'user', key: 'k' }] } as never;

describe('outbox', () => {
  it('sends an unacknowledged write again until the background confirms it', async () => {
    vi.useFakeTimers();
    let tries = 0;
    const transport = (async () => {
      tries++;
      if (tries < 3) throw new Error('The message port closed before a response was received.');
      return { added: 1 };
    }) as unknown as Call;
    const outbox = createOutbox(transport);
    const done = outbox.call('events.append', appendPayload);
    expect(outbox.size).toBe(1);
    await vi.runAllTimersAsync();
    await expect(done).resolves.toEqual({ added: 1 });
    expect(tries).toBe(3);
    expect(outbox.size).toBe(0);
    vi.useRealTimers();
  });

  it('says when a write went through only after being sent again, and only then', async () => {
    vi.useFakeTimers();
    const redelivered: MessageType[] = [];
    let tries = 0;
    const transport = (async (type: MessageType) => {
      tries++;
      if (type === 'notes.add' && tries === 1) throw new Error('The message port closed before a response was received.');
      if (type === 'draft.clear') throw new VouchError('Invalid message');
      return {};
    }) as unknown as Call;
    const outbox = createOutbox(transport, { onRedelivered: (type) => redelivered.push(type) });
    const retried = outbox.call('notes.add', { contactId: 'jane', text: 'x' });
    const first = outbox.call('contact.upsert', { id: 'jane', name: 'Jane' });
    const refused = outbox.call('draft.clear', { contactId: 'jane', kind: 'write' }).catch((e: unknown) => e);
    const read = outbox.call('notes.list', { contactId: 'jane' });
    await vi.runAllTimersAsync();
    await retried;
    await first;
    expect(await refused).toBeInstanceOf(VouchError);
    await read;
    expect(redelivered).toEqual(['notes.add']);
    vi.useRealTimers();
  });

  it('goes on with the writes behind a redelivered one when reading again fails', async () => {
    vi.useFakeTimers();
    let tries = 0;
    const transport = (async () => {
      if (++tries === 1) throw new Error('The message port closed before a response was received.');
      return {};
    }) as unknown as Call;
    const outbox = createOutbox(transport, {
      onRedelivered: () => {
        throw new Error('cannot read again');
      },
    });
    const first = outbox.call('notes.add', { contactId: 'jane', text: 'x' });
    const second = outbox.call('contact.upsert', { id: 'jane', name: 'Jane' });
    await vi.runAllTimersAsync();
    await expect(first).resolves.toEqual({});
    await expect(second).resolves.toEqual({});
    expect(outbox.size).toBe(0);
    vi.useRealTimers();
  });

  it('does not retry a refusal or an extension update', async () => {
    for (const error of [new VouchError('Invalid message'), new ContextGoneError('Vouch was updated, reload this tab.')]) {
      let tries = 0;
      const transport = (async () => {
        tries++;
        throw error;
      }) as unknown as Call;
      const outbox = createOutbox(transport);
      await expect(outbox.call('events.append', appendPayload)).rejects.toBe(error);
      expect(tries).toBe(1);
      expect(outbox.size).toBe(0);
    }
  });

  it('sends reads once, without the outbox', async () => {
    let tries = 0;
    const transport = (async () => {
      tries++;
      throw new Error('gone');
    }) as unknown as Call;
    const outbox = createOutbox(transport);
    await expect(outbox.call('contact.get', { id: 'jane' })).rejects.toThrow('gone');
    expect(tries).toBe(1);
  });

  it('gives up after its last delay and says so', async () => {
    vi.useFakeTimers();
    const transport = (async () => {
      throw new Error('still down');
    }) as unknown as Call;
    const outbox = createOutbox(transport);
    const done = outbox.call('draft.save', { contactId: 'jane', kind: 'write', text: 'x' });
    const settled = done.catch((e: Error) => e.message);
    await vi.runAllTimersAsync();
    expect(await settled).toBe('still down');
    vi.useRealTimers();
  });

  it('knows every message of the protocol, and keeps every write: a new one cannot be forgotten', () => {
    const types = Object.keys(handlers).sort();
    expect(Object.keys(DELIVERY).sort()).toEqual(types);
    for (const type of types as MessageType[]) {
      const reads = 'reads' in handlers[type] && handlers[type].reads === true;
      expect(DELIVERY[type], type).toBe(reads ? 'read' : 'write');
      expect(RETRYABLE.has(type), type).toBe(!reads);
    }
    // The content script's own writes, named so that a regression in the list reads plainly.
    for (const type of ['notes.add', 'notes.delete', 'templates.save', 'templates.delete', 'templates.reset', 'events.delete', 'events.restore', 'events.update', 'draft.save', 'draft.clear', 'contact.settings'] as MessageType[]) {
      expect(RETRYABLE.has(type), type).toBe(true);
    }
  });

  it('sends every write of the protocol again after the worker restarts', async () => {
    const writes = (Object.keys(handlers) as MessageType[]).filter((t) => !('reads' in handlers[t] && handlers[t].reads));
    expect(writes.length).toBeGreaterThan(10);
    vi.useFakeTimers();
    try {
      for (const type of writes) {
        let tries = 0;
        const transport = (async () => {
          if (++tries === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
          return { ok: type };
        }) as unknown as Call;
        const outbox = createOutbox(transport);
        const done = outbox.call(type, {} as never).catch((e: Error) => e.message);
        await vi.runAllTimersAsync();
        expect(await done, type).toEqual({ ok: type });
        expect(tries, type).toBe(2);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('applies writes in the order they were made, even when the first one has to be sent again', async () => {
    vi.useFakeTimers();
    try {
      const applied: string[] = [];
      let saveTries = 0;
      const transport = (async (type: string) => {
        if (type === 'draft.save' && ++saveTries < 3) throw new Error('The message port closed before a response was received.');
        applied.push(type);
        return {};
      }) as unknown as Call;
      const outbox = createOutbox(transport);
      const saved = outbox.call('draft.save', { contactId: 'jane', kind: 'request', text: 'Hi Jane' });
      const cleared = outbox.call('draft.clear', { contactId: 'jane', kind: 'request' });
      expect(outbox.size).toBe(2);
      await vi.runAllTimersAsync();
      await Promise.all([saved, cleared]);
      expect(applied).toEqual(['draft.save', 'draft.clear']);
      expect(outbox.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a final failure does not hold up the writes behind it', async () => {
    const applied: string[] = [];
    const transport = (async (type: string) => {
      if (type === 'notes.add') throw new VouchError('Your disk is full: nothing was saved. Free some space and try again.');
      applied.push(type);
      return {};
    }) as unknown as Call;
    const outbox = createOutbox(transport);
    const note = outbox.call('notes.add', { contactId: 'jane', text: 'x' }).catch((e: Error) => e.message);
    await outbox.call('notes.delete', { id: 1 });
    expect(await note).toMatch(/disk is full/);
    expect(applied).toEqual(['notes.delete']);
  });

  it('stamps a new note with the moment it was written, once; an undo keeps its own date', () => {
    const before = Date.now();
    const stamped = identify('notes.add', { contactId: 'sam', text: 'hello' });
    expect(stamped.at).toBeInstanceOf(Date);
    expect(new Date(stamped.at!).getTime()).toBeGreaterThanOrEqual(before);
    const undo = { contactId: 'sam', text: 'hello', at: new Date('2025-01-01T00:00:00Z') };
    expect(identify('notes.add', undo)).toBe(undo);
    expect(identify('events.append', appendPayload)).toBe(appendPayload);
  });

  it('gives a new template its id once; an edit keeps the id it names', () => {
    const draft = { group: 'peer', kind: 'request', name: 'Short', body: 'Hi {firstName}' } as const;
    const stamped = identify('templates.save', draft);
    expect(stamped.newId).toMatch(/^user:[0-9a-f-]{36}$/);
    expect(identify('templates.save', stamped)).toBe(stamped);
    expect(identify('templates.save', draft).newId).not.toBe(stamped.newId);
    const edit = { ...draft, id: 'user:mine' };
    expect(identify('templates.save', edit)).toBe(edit);
  });

  it('keeps a new template once when the worker stopped after saving it but before answering, and it was sent again', async () => {
    const db = createDb(`outbox-${crypto.randomUUID()}`);
    const deliveries = await sendLosingFirstAnswer(backgroundFor(db).send, (outbox) =>
      outbox.call('templates.save', { group: 'peer', kind: 'request', name: 'Short', body: 'Hi {firstName}' }),
    );
    expect(deliveries).toBe(2);
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Short']);
    db.close();
  });

  it('keeps a note once when the worker stopped after saving it but before answering, and the note was sent again', async () => {
    const db = createDb(`outbox-${crypto.randomUUID()}`);
    let tick = 0;
    // The background's clock moves on between the two deliveries, as a real one does.
    const { send } = backgroundFor(db, { now: () => new Date(Date.UTC(2026, 0, 1) + tick++ * 1_000) });
    const deliveries = await sendLosingFirstAnswer(send, (outbox) => outbox.call('notes.add', { contactId: 'sam', text: 'Led the Atlas migration.' }));
    expect(deliveries).toBe(2);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['Led the Atlas migration.']);
    db.close();
  });
});

/**
 * Makes one write through an outbox whose first delivery is applied by the background but whose
 * answer is lost (the worker stopped after committing); returns how many deliveries it took.
 */
async function sendLosingFirstAnswer(send: Call, write: (outbox: ReturnType<typeof createOutbox>) => Promise<unknown>): Promise<number> {
  let deliveries = 0;
  const transport = (async (type: MessageType, payload: never) => {
    const answer = await send(type, payload);
    if (++deliveries === 1) throw new Error('The message port closed before a response was received.');
    return answer;
  }) as unknown as Call;
  vi.useFakeTimers();
  try {
    const done = write(createOutbox(transport));
    await vi.runAllTimersAsync();
    await done;
  } finally {
    vi.useRealTimers();
  }
  return deliveries;
}
