import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { call } from '@/components/shared/client';
import { createDb } from '@/storage/db';
import { handler } from '@/storage/protocol/define';
import { createRouter } from '@/storage/protocol/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const content = { id: ID, url: 'https://www.linkedin.com/in/jane-doe-42/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7 } };
const WHEN = new Date('2026-03-04T05:06:07.000Z');

describe('dates across the message channel', () => {
  it('come back as Dates by their tag: a date field nobody listed survives the JSON trip', async () => {
    // A handler invented here, with a field name no code in Vouch knows.
    const handlers = {
      ping: handler({
        from: 'any',
        input: v.object({}),
        run: async () => ({ someNewDay: WHEN, nested: [{ whenever: WHEN }], iso: WHEN.toISOString(), $date: 'not a tag' }),
      }),
    };
    const handle = createRouter(createDb(`test-${crypto.randomUUID()}`), { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, handlers: handlers as never });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => JSON.parse(JSON.stringify(await handle(m, content)))) as never);
    const data = (await call('ping', {})) as unknown as Record<string, unknown>;
    expect(data.someNewDay).toEqual(WHEN);
    expect((data.nested as { whenever: unknown }[])[0]!.whenever).toEqual(WHEN);
    // A string that only looks like a date stays a string, and so does an object that is more than a tag.
    expect(data.iso).toBe(WHEN.toISOString());
    expect(data.$date).toBe('not a tag');
  });
});
