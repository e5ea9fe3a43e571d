import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDb, type VouchDb } from '@/storage/db';
import { createRouter } from '@/storage/protocol/router';
import { replyText } from '../i18n/refusal';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const sender = { id: ID, url: 'https://www.linkedin.com/in/jane/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 1 } };
let db: VouchDb;

beforeEach(async () => {
  db = createDb(`quota-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

it('a full disk rolls the whole write back and tells the user', async () => {
  const handle = createRouter(db, { extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
  let n = 0;
  db.events.hook('creating', () => {
    if (++n === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  const event = (key: string) => ({ contactId: 'jane', type: 'given', at: new Date(), source: 'user', key });
  const reply = await handle({ vouch: 1, type: 'events.append', payload: { events: [event('a'), event('b')] } }, sender);
  expect(reply).toEqual({ ok: false, error: 'errors.diskFull', said: { key: 'errors.diskFull' } });
  expect(replyText(reply)).toMatch(/disk is full: nothing was saved/);
  expect(await db.events.count()).toBe(0);
});
