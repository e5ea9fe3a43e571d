import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '@/storage/builtin-templates';
import { createDb, type VouchDb } from '@/storage/db';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { deleteTemplate, listTemplates, resetTemplates, saveTemplate } from '@/storage/repositories/templates';
import { requestsSentBefore } from '@/storage/protocol/requests';
import { refusalOf } from '../i18n/refusal';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const content: Sender = { id: ID, url: 'https://www.linkedin.com/in/jane-doe-42/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7 } };

let db: VouchDb;
beforeEach(async () => {
  db = createDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const first = BUILT_IN_TEMPLATES[0]!;

describe('templates repository', () => {
  it('lists the built-ins when the user has changed nothing', async () => {
    const list = await listTemplates(db);
    expect(list).toHaveLength(BUILT_IN_TEMPLATES.length);
    expect(list.every((t) => t.builtIn && !t.edited)).toBe(true);
    expect(await listTemplates(db, { group: 'mentor', kind: 'offer' })).toHaveLength(3);
  });

  it('puts an edited built-in in its place, and reset brings the original back', async () => {
    await saveTemplate(db, { id: first.id, group: 'client', kind: 'offer', name: 'Mine', body: 'Hi {firstName}!' }, new Date(5));
    let t = (await listTemplates(db)).find((x) => x.id === first.id)!;
    expect(t).toMatchObject({ name: 'Mine', body: 'Hi {firstName}!', builtIn: true, edited: true, group: first.group, kind: first.kind });
    expect(await resetTemplates(db, first.id)).toEqual({ reset: 1 });
    t = (await listTemplates(db)).find((x) => x.id === first.id)!;
    expect(t).toMatchObject({ name: first.name, body: first.body, edited: false });
  });

  it("adds the user's own templates after the built-ins, and deletes them", async () => {
    const mine = await saveTemplate(db, { group: 'peer', kind: 'request', name: 'Short', body: 'Hi {firstName}' });
    expect(mine.id).toMatch(/^user:/);
    const list = await listTemplates(db, { group: 'peer', kind: 'request' });
    expect(list.map((t) => t.name)).toEqual([...BUILT_IN_TEMPLATES.filter((t) => t.group === 'peer' && t.kind === 'request').map((t) => t.name), 'Short']);
    expect(list.at(-1)).toMatchObject({ builtIn: false, edited: false });
    await deleteTemplate(db, mine.id);
    expect(await listTemplates(db, { group: 'peer', kind: 'request' })).toHaveLength(3);
  });

  it("resets every built-in at once but keeps the user's own", async () => {
    await saveTemplate(db, { id: first.id, group: first.group, kind: first.kind, name: 'A', body: 'a' });
    await saveTemplate(db, { id: BUILT_IN_TEMPLATES[1]!.id, group: first.group, kind: first.kind, name: 'B', body: 'b' });
    await saveTemplate(db, { group: 'peer', kind: 'request', name: 'Mine', body: 'c' });
    expect(await resetTemplates(db)).toEqual({ reset: 2 });
    const list = await listTemplates(db);
    expect(list.filter((t) => t.edited)).toEqual([]);
    expect(list.filter((t) => !t.builtIn).map((t) => t.name)).toEqual(['Mine']);
  });

  it('keeps one copy of a new template saved twice under the id its sender gave it', async () => {
    const newId = 'user:0b7a4c1e-2f3d-4e5a-8b9c-0d1e2f3a4b5c';
    const draft = { newId, group: 'peer', kind: 'request', name: 'Short', body: 'Hi {firstName}' };
    const saved = await saveTemplate(db, draft, new Date(5));
    expect(saved).toMatchObject({ id: newId, name: 'Short', builtIn: false });
    expect(await saveTemplate(db, draft, new Date(9))).toEqual(saved);
    expect((await db.templates.toArray()).map((t) => [t.id, t.updatedAt.getTime()])).toEqual([[newId, 5]]);
    // An edit names its template: the id meant for a new one plays no part.
    await saveTemplate(db, { ...draft, id: newId, newId: 'user:ffffffff-2f3d-4e5a-8b9c-0d1e2f3a4b5c', body: 'Hello {firstName}' });
    expect((await db.templates.toArray()).map((t) => [t.id, t.body])).toEqual([[newId, 'Hello {firstName}']]);
  });

  it('refuses to delete a built-in, to reset a template of your own, or to update one that is gone', async () => {
    expect(await refusalOf(deleteTemplate(db, first.id))).toMatch(/reset/);
    expect(await refusalOf(resetTemplates(db, 'user:x'))).toMatch(/built-in/);
    expect(await refusalOf(saveTemplate(db, { id: 'user:gone', group: 'peer', kind: 'request', name: 'x', body: 'y' }))).toMatch(/no longer exists/);
  });
});

describe('template and request messages', () => {
  const msg = (type: string, payload: unknown) => ({ vouch: 1, type, payload });
  let handle: ReturnType<typeof createRouter>;
  beforeEach(() => {
    handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN });
  });

  it('save, list, reset and delete work from LinkedIn', async () => {
    const saved = await handle(msg('templates.save', { group: 'mentor', kind: 'request', name: 'Mine', body: 'Hi {firstName}' }), content);
    expect(saved).toMatchObject({ ok: true, data: { name: 'Mine', builtIn: false } });
    const list = await handle(msg('templates.list', { group: 'mentor', kind: 'request' }), content);
    expect(list.ok && (list.data as unknown[]).length).toBe(4);
    expect(await handle(msg('templates.reset', {}), content)).toEqual({ ok: true, data: { reset: 0 } });
    const id = (saved as { data: { id: string } }).data.id;
    expect(await handle(msg('templates.delete', { id }), content)).toEqual({ ok: true, data: { deleted: true } });
  });

  it.each([
    ['an unknown group', { group: 'boss', kind: 'request', name: 'x', body: 'y' }],
    ['an empty name', { group: 'peer', kind: 'request', name: '  ', body: 'y' }],
    ['an empty body', { group: 'peer', kind: 'request', name: 'x', body: '' }],
    ['an extra field', { group: 'peer', kind: 'request', name: 'x', body: 'y', builtIn: true }],
    ["a new id that is not one of the user's own", { newId: BUILT_IN_TEMPLATES[0]!.id, group: 'peer', kind: 'request', name: 'x', body: 'y' }],
  ])('refuses a template with %s', async (_what, payload) => {
    const r = await handle(msg('templates.save', payload), content);
    expect(r.ok).toBe(false);
    expect(await db.templates.count()).toBe(0);
  });

  it('requests.sentBefore returns earlier requests to other people, newest first, with their names', async () => {
    await db.contacts.bulkPut([
      { id: 'priya', name: 'Priya Raman', nameKey: 'priya raman', createdAt: new Date(0), updatedAt: new Date(0) },
      { id: 'marcus', name: 'Marcus Lee', nameKey: 'marcus lee', createdAt: new Date(0), updatedAt: new Date(0) },
    ]);
    const ev = (contactId: string, at: number, text: string | undefined, extra: object = {}) => ({
      contactId, type: 'request-sent' as const, at: new Date(at), text, source: 'user' as const, key: `${contactId}:${at}`, ...extra,
    });
    await db.events.bulkAdd([
      ev('priya', 1000, 'old to Priya'),
      ev('marcus', 3000, 'to Marcus'),
      ev('jane-doe-42', 4000, 'to Jane herself'),
      ev('priya', 2000, 'newer to Priya'),
      ev('nobody', 5000, 'to a contact Vouch never saw'),
      ev('priya', 6000, 'deleted one', { deletedAt: new Date(7000) }),
      ev('priya', 8000, undefined),
      { ...ev('priya', 9000, 'a heads-up'), type: 'heads-up-sent' as const, key: 'h' },
    ]);
    const r = await handle(msg('requests.sentBefore', { excludeContactId: 'jane-doe-42' }), content);
    expect(r).toEqual({
      ok: true,
      data: [
        { contactName: 'nobody', text: 'to a contact Vouch never saw' },
        { contactName: 'Marcus Lee', text: 'to Marcus' },
        { contactName: 'Priya Raman', text: 'newer to Priya' },
        { contactName: 'Priya Raman', text: 'old to Priya' },
      ],
    });
    expect(await requestsSentBefore(db, 'jane-doe-42', 2)).toHaveLength(2);
    expect((await handle(msg('requests.sentBefore', { excludeContactId: 'x', limit: 5000 }), content)).ok).toBe(false);
  });
});
