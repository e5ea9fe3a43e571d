import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VouchDb } from '@/storage/db';
import { handlers } from '@/storage/protocol';
import { appendEvents } from '@/storage/repositories/events';
import { addNote } from '@/storage/repositories/notes';
import { updateContactSettings, upsertContactFacts } from '@/storage/repositories/contacts';
import { backgroundCall, daysAgo, freshDb, NOW, userEvent } from './helpers';

let db: VouchDb;
let call: ReturnType<typeof backgroundCall>;
beforeEach(() => {
  db = freshDb();
  call = backgroundCall(db);
});
afterEach(() => db.close());

describe('reciprocity messages', () => {
  it('contact.summary: contact, status, the last five events and the notes count', async () => {
    await upsertContactFacts(db, { id: 'sam', name: 'Sam Lee' });
    await updateContactSettings(db, 'sam', { relationship: 'peer' });
    await appendEvents(db, [1, 2, 3, 4, 5, 6].map((d) => userEvent('sam', 'note', d)));
    await appendEvents(db, [userEvent('sam', 'request-sent', 16)]);
    await addNote(db, 'sam', 'met at the conference');
    const s = await call('contact.summary', { contactId: 'sam' });
    expect(s.contact?.name).toBe('Sam Lee');
    expect(s.status).toMatchObject({ status: 'waiting', days: 16, nextStep: { kind: 'remind' } });
    expect(s.recent.map((e) => e.at)).toEqual([1, 2, 3, 4, 5].map(daysAgo));
    expect(s.notes).toBe(1);
    expect((await call('contact.summary', { contactId: 'sam', reminderAfterDays: 20 })).status.nextStep?.kind).toBe('wait');
  });

  it('contact.summary for a stranger', async () => {
    expect(await call('contact.summary', { contactId: 'nobody' })).toEqual({
      contact: null,
      status: { status: 'none', nextStep: expect.anything() },
      recent: [],
      notes: 0,
    });
  });

  it('contacts.summaries and followups.due', async () => {
    await updateContactSettings(db, 'sam', { relationship: 'classmate' });
    await appendEvents(db, [userEvent('sam', 'agreed', 15), userEvent('zoe', 'given', 2)]);
    const rows = await call('contacts.summaries', { contactIds: ['zoe', 'sam'] });
    expect(rows.map((r) => [r.contactId, r.status, r.due])).toEqual([
      ['zoe', 'they-owe', false],
      ['sam', 'agreed', true],
    ]);
    expect((await call('followups.due', {})).map((r) => r.contactId)).toEqual(['sam']);
    expect(await call('followups.due', { reminderAfterDays: 30 })).toEqual([]);
  });

  it('ledger.summary and ledger.list', async () => {
    await appendEvents(db, [userEvent('sam', 'received', 3), userEvent('zoe', 'request-received', 2)]);
    const s = await call('ledger.summary', {});
    expect(s.counts['you-owe']).toBe(1);
    expect(s.counts['they-asked']).toBe(1);
    expect(s.owed.map((b) => b.contactId)).toEqual(['sam', 'zoe']);
    expect((await call('ledger.list', { status: 'they-asked' })).map((r) => r.contactId)).toEqual(['zoe']);
  });

  it('events.delete, events.restore and events.update round-trip', async () => {
    const e = userEvent('sam', 'agreed', 3);
    await appendEvents(db, [e]);
    expect((await call('events.delete', { key: e.key })).deletedAt).toEqual(NOW);
    expect((await call('contact.summary', { contactId: 'sam' })).recent).toEqual([]);
    await call('events.restore', { key: e.key });
    const { previous } = await call('events.update', { key: e.key, type: 'declined', at: daysAgo(1).toISOString() });
    expect(previous.type).toBe('agreed');
    expect((await call('contact.summary', { contactId: 'sam' })).status.status).toBe('declined');
  });

  it('keeps whole-ledger reads for extension pages, and lets the card do its work', () => {
    const audience = (t: keyof typeof handlers) => handlers[t].from;
    expect(audience('followups.due')).toBe('extension');
    expect(audience('ledger.list')).toBe('extension');
    for (const t of ['contact.summary', 'contacts.summaries', 'ledger.summary', 'events.delete', 'events.restore', 'events.update', 'sync.profile'] as const) {
      expect(audience(t)).toBe('any');
    }
  });

  it.each([
    ['contact.summary', { contactId: 'a b' }],
    ['contact.summary', { contactId: 'sam', reminderAfterDays: 0 }],
    ['contacts.summaries', { contactIds: Array.from({ length: 1_001 }, (_, i) => `c${i}`) }],
    ['events.update', { key: 'k', source: 'page' }],
    ['ledger.list', { status: 'owed' }],
  ] as const)('refuses a malformed %s', async (type, payload) => {
    await expect(call(type, payload as never)).rejects.toThrow();
  });
});
