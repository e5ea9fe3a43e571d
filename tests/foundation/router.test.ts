import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VouchDb } from '@/storage/db';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { NEWER_DATA_MESSAGE } from '@/storage/open';
import { replyText } from '../i18n/refusal';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const content: Sender = { id: ID, url: 'https://www.linkedin.com/in/jane-doe-42/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7 } };
const dashboard: Sender = { id: ID, url: `${ORIGIN}/dashboard.html`, origin: ORIGIN, tab: { id: 8 } };

let db: VouchDb;
let rejections: string[];
let handle: ReturnType<typeof createRouter>;

beforeEach(async () => {
  db = createDb(`test-${crypto.randomUUID()}`);
  await db.open();
  rejections = [];
  handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, onReject: (r) => rejections.push(r) });
});
afterEach(async () => {
  await db.delete();
});

const msg = (type: string, payload: unknown) => ({ vouch: 1, type, payload });
const event = (key: string) => ({ contactId: 'jane-doe-42', type: 'request-sent', at: new Date('2026-01-02'), source: 'user', key });

async function tableSizes() {
  return Promise.all(db.tables.map((t) => t.count()));
}

describe('message router', () => {
  it('answers a well-formed message from LinkedIn and from the dashboard', async () => {
    expect(await handle(msg('ping', {}), content)).toEqual({ ok: true, data: { pong: true } });
    expect(await handle(msg('ping', {}), dashboard)).toEqual({ ok: true, data: { pong: true } });
    const r = await handle(msg('events.append', { events: [event('k1')] }), content);
    expect(r).toEqual({ ok: true, data: { added: 1 } });
  });

  it('accepts dates sent as ISO strings (Chrome serialises messages as JSON)', async () => {
    const r = await handle(msg('events.append', { events: [{ ...event('k2'), at: '2026-01-02T10:00:00.000Z' }] }), content);
    expect(r.ok).toBe(true);
    const [stored] = await db.events.toArray();
    expect(stored!.at).toBeInstanceOf(Date);
  });

  const forged: [string, unknown, Sender, RegExp][] = [
    ['a foreign extension', msg('ping', {}), { ...content, id: 'someoneelse' }, /did not come from Vouch/],
    ['a non-LinkedIn origin', msg('ping', {}), { ...content, url: 'https://evil.example/in/x/', origin: 'https://evil.example' }, /linkedin\.com/],
    ['linkedin.com over a look-alike host', msg('ping', {}), { ...content, url: 'https://www.linkedin.com.evil.example/', origin: 'https://www.linkedin.com.evil.example' }, /linkedin\.com/],
    ['a sub-frame', msg('ping', {}), { ...content, frameId: 3 }, /top frame/],
    ['no tab and no extension page', msg('ping', {}), { id: ID, url: 'https://www.linkedin.com/' }, /neither/],
    ['a non-object', 'ping', content, /must be an object/],
    ['an array', [1, 2], content, /must be an object/],
    ['an unknown message name', msg('db.dropEverything', {}), content, /unknown message/],
    ['a missing envelope marker', { type: 'ping', payload: {} }, content, /not a Vouch message/],
    ['wrong payload types', msg('events.append', { events: [{ ...event('k'), at: 42 }] }), content, /Invalid message/],
    ['an unknown event type', msg('events.append', { events: [{ ...event('k'), type: 'hacked' }] }), content, /Invalid message/],
    ['extra keys', msg('ping', { extra: 1 }), content, /Invalid message/],
    ['an oversized string', msg('notes.add', { contactId: 'jane', text: 'x'.repeat(60_000) }), content, /Invalid message/],
    ['a huge message', msg('notes.add', { contactId: 'jane', text: 'x'.repeat(2_100_000) }), content, /too large/],
    ['a __proto__ key', JSON.parse('{"vouch":1,"type":"ping","payload":{"__proto__":{"polluted":true}}}'), content, /__proto__/],
    ['a constructor key', msg('contact.upsert', { id: 'jane', constructor: { prototype: {} } }), content, /constructor/],
    ['a bad contact id', msg('contact.get', { id: '../../etc' }), content, /Invalid message/],
  ];

  for (const [what, message, sender, error] of forged) {
    it(`refuses ${what}, says why, and changes nothing`, async () => {
      const before = await tableSizes();
      const r = await handle(message, sender);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(error);
      expect(rejections).toHaveLength(1);
      expect(await tableSizes()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('on read-only data (from a newer Vouch) answers reads and refuses every write, saying why', async () => {
    await handle(msg('events.append', { events: [event('before')] }), content);
    const readOnly = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, readOnlyReason: NEWER_DATA_MESSAGE });
    const history = await readOnly(msg('contact.history', { contactId: 'jane-doe-42' }), content);
    expect(history.ok && (history.data as unknown[]).length).toBe(1);
    for (const [type, payload] of [
      ['events.append', { events: [event('after')] }],
      ['notes.add', { contactId: 'jane-doe-42', text: 'x' }],
      ['draft.save', { contactId: 'jane-doe-42', kind: 'write', text: 'x' }],
      ['templates.save', { group: 'peer', kind: 'request', name: 'n', body: 'b' }],
    ] as const) {
      expect(await readOnly(msg(type, payload), content)).toEqual({ ok: false, error: 'errors.newerVouch', said: NEWER_DATA_MESSAGE });
    }
    expect(await db.events.count()).toBe(1);
    expect(await db.notes.count()).toBe(0);
  });

  it('writing the same fact twice is a no-op', async () => {
    await handle(msg('events.append', { events: [event('same')] }), content);
    const again = await handle(msg('events.append', { events: [event('same'), event('same')] }), content);
    expect(again).toEqual({ ok: true, data: { added: 0 } });
    expect(await db.events.count()).toBe(1);
  });

  it('keeps page facts from overwriting what the user set', async () => {
    await handle(msg('contact.settings', { id: 'jane-doe-42', relationship: 'peer', doNotNudge: true }), dashboard);
    await handle(msg('contact.upsert', { id: 'jane-doe-42', name: 'Jane Doe', headline: 'Engineer' }), content);
    const c = await db.contacts.get('jane-doe-42');
    expect(c).toMatchObject({ name: 'Jane Doe', headline: 'Engineer', relationship: 'peer', doNotNudge: true, nameKey: 'jane doe' });
  });

  it('two tabs appending at once both keep their writes', async () => {
    await Promise.all([
      handle(msg('events.append', { events: [event('tab-a')] }), content),
      handle(msg('events.append', { events: [event('tab-b')] }), { ...content, tab: { id: 99 } }),
      handle(msg('notes.add', { contactId: 'jane-doe-42', text: 'from tab a' }), content),
      handle(msg('notes.add', { contactId: 'jane-doe-42', text: 'from tab b' }), { ...content, tab: { id: 99 } }),
    ]);
    expect((await db.events.toArray()).map((e) => e.key).sort()).toEqual(['tab-a', 'tab-b']);
    expect(await db.notes.count()).toBe(2);
  });

  it('two tabs changing the same contact at once both keep their changes', async () => {
    const tabB = { ...content, tab: { id: 99 } };
    await Promise.all([
      handle(msg('contact.upsert', { id: 'jane-doe-42', name: 'Jane Doe', headline: 'Engineer' }), content),
      handle(msg('contact.settings', { id: 'jane-doe-42', relationship: 'peer' }), tabB),
      handle(msg('contact.settings', { id: 'jane-doe-42', doNotNudge: true }), content),
      handle(msg('contact.settings', { id: 'jane-doe-42', reminderAfterDays: 21 }), tabB),
    ]);
    expect(await db.contacts.get('jane-doe-42')).toMatchObject({ name: 'Jane Doe', headline: 'Engineer', relationship: 'peer', doNotNudge: true, reminderAfterDays: 21 });
  });

  it('returns history newest first through the index', async () => {
    const at = (d: string) => ({ ...event(d), at: new Date(d) });
    await handle(msg('events.append', { events: [at('2026-01-01'), at('2026-03-01'), at('2026-02-01')] }), content);
    const r = await handle(msg('contact.history', { contactId: 'jane-doe-42' }), content);
    expect(r.ok && (r.data as { key: string }[]).map((e) => e.key)).toEqual(['2026-03-01', '2026-02-01', '2026-01-01']);
  });

  it('passes on a refusal written for the user word for word, and says what it was doing for any other failure', async () => {
    expect(replyText(await handle(msg('events.update', { key: 'no-such-event', text: 'x' }), content))).toBe('That event is no longer in your history.');
    await handle(msg('events.append', { events: [{ ...event('page:received:jane-doe-42'), type: 'received', source: 'page' }] }), content);
    expect(await handle(msg('events.update', { key: 'page:received:jane-doe-42', text: 'x' }), content)).toEqual({
      ok: false,
      error: 'errors.fromPage',
      said: { key: 'errors.fromPage' },
    });
    db.close();
    const r = await handle(msg('contact.get', { id: 'jane-doe-42' }), content);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/^Could not complete "contact\.get": /);
  });
});
