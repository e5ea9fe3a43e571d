import { describe, expect, it, vi } from 'vitest';
import { createOutbox } from '@/components/shared/outbox';
import { ContextGoneError, VouchError, type Call } from '@/components/shared/client';

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
});
