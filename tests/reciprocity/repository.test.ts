import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type VouchDb } from '@/storage/db';
import { appendEvents, historyOf } from '@/storage/repositories/events';
import { updateContactSettings, upsertContactFacts } from '@/storage/repositories/contacts';
import { ledger, ledgerSummary, statusesOf, statusOf, standingFor } from '@/storage/repositories/status';
import { dueFollowUps } from '@/storage/repositories/followups';
import { deleteEvent, restoreEvent, updateEvent } from '@/storage/repositories/history-edit';
import { addNote, notesOf } from '@/storage/repositories/notes';
import { daysAgo, freshDb, NOW, userEvent } from './helpers';
import { refusalOf } from '../i18n/refusal';

let db: VouchDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('appending', () => {
  it('writes the same fact once, however often it is appended', async () => {
    const e = userEvent('ana', 'request-sent', 3);
    expect(await appendEvents(db, [e, e])).toEqual({ added: 1 });
    expect(await appendEvents(db, [e])).toEqual({ added: 0 });
    expect(await historyOf(db, 'ana')).toHaveLength(1);
  });

  it('two tabs appending the same and different facts at once keep each fact exactly once', async () => {
    const other = createDb(db.name); // a second connection, as a second tab's request would be
    const shared = userEvent('ana', 'request-sent', 3);
    const a = userEvent('ana', 'agreed', 2);
    const b = userEvent('ben', 'given', 1);
    const results = await Promise.all([
      appendEvents(db, [shared, a]),
      appendEvents(other, [shared, b]),
      appendEvents(db, [shared]),
    ]);
    other.close();
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(3);
    expect((await db.events.toArray()).map((e) => e.key).sort()).toEqual([shared.key, a.key, b.key].sort());
  });
});

describe('statusOf / statusesOf', () => {
  it('reads one contact and applies their own settings', async () => {
    await appendEvents(db, [userEvent('ana', 'request-sent', 20), userEvent('ben', 'received', 2)]);
    expect(await statusOf(db, 'ana', NOW)).toEqual({
      status: 'waiting',
      days: 20,
      nextStep: expect.objectContaining({ kind: 'set-relationship' }),
    });
    await updateContactSettings(db, 'ana', { relationship: 'peer' });
    expect((await statusOf(db, 'ana', NOW)).nextStep?.kind).toBe('remind');
    await updateContactSettings(db, 'ana', { reminderAfterDays: 30 });
    expect((await statusOf(db, 'ana', NOW)).nextStep?.kind).toBe('wait');
    await updateContactSettings(db, 'ana', { reminderAfterDays: null, doNotNudge: true });
    expect((await statusOf(db, 'ana', NOW)).nextStep?.kind).toBe('let-go');
  });

  it('uses the global reminder delay when the contact has none', async () => {
    await appendEvents(db, [userEvent('ana', 'request-sent', 20)]);
    await updateContactSettings(db, 'ana', { relationship: 'peer' });
    expect((await statusOf(db, 'ana', NOW, { reminderAfterDays: 25 })).nextStep?.kind).toBe('wait');
  });

  it('says none for a contact it has never seen', async () => {
    expect(await statusOf(db, 'nobody', NOW)).toEqual({ status: 'none', nextStep: expect.anything() });
  });

  it('answers many contacts in the order asked, unknown ones included', async () => {
    await appendEvents(db, [userEvent('ana', 'given', 5), userEvent('ben', 'received', 2), userEvent('ben', 'given', 1)]);
    const rows = await statusesOf(db, ['ben', 'zoe', 'ana', 'ben'], NOW);
    expect(rows.map((r) => [r.contactId, r.status])).toEqual([
      ['ben', 'mutual'],
      ['zoe', 'none'],
      ['ana', 'they-owe'],
    ]);
    expect(rows[0]!.last?.type).toBe('given');
  });

  it('reads one contact through the [contactId+at] index, bounded to that contact, never the whole log', async () => {
    const spied = createDb(db.name);
    const reads: { table: string; op: string; index: string; lower: unknown; upper: unknown; rows: number }[] = [];
    spied.use({
      stack: 'dbcore',
      name: 'read-spy',
      create: (down) => ({
        ...down,
        table(name) {
          const t = down.table(name);
          const log = (op: string, q: { index: { name: string | null }; range: { lower: unknown; upper: unknown } }, rows: number) =>
            reads.push({ table: name, op, index: q.index.name ?? ':primary', lower: q.range.lower, upper: q.range.upper, rows });
          return {
            ...t,
            query: async (req) => {
              const res = await t.query(req);
              log('query', req.query, res.result.length);
              return res;
            },
            openCursor: async (req) => {
              log('cursor', req.query, -1);
              return t.openCursor(req);
            },
          };
        },
      }),
    });
    const events = [];
    for (let c = 0; c < 2_000; c++) for (let i = 0; i < 10; i++) events.push(userEvent(`c${c}`, i % 2 ? 'note' : 'request-sent', i));
    await db.events.bulkAdd(events as never);

    const standing = await standingFor(spied, 'c1234', NOW);
    expect((await db.events.get(standing.last!.seq!))?.contactId).toBe('c1234');
    const eventReads = reads.filter((r) => r.table === 'events');
    expect(eventReads.length).toBeGreaterThan(0);
    for (const r of eventReads) {
      expect(r.index).toBe('[contactId+at]');
      expect((r.lower as unknown[])[0]).toBe('c1234');
      expect((r.upper as unknown[])[0]).toBe('c1234');
      if (r.rows >= 0) expect(r.rows).toBeLessThanOrEqual(10);
    }
    // The spy sees a scan when there is one: the whole log read at once is 20,000 rows.
    reads.length = 0;
    await spied.events.toArray();
    expect(reads).toMatchObject([{ table: 'events', index: ':primary', rows: 20_000 }]);
    spied.close();
  }, 60_000);
});

describe('historyOf', () => {
  it('reads a contact’s history in one query, newest first, the later-written first on a tie, removed ones and past the limit left out', async () => {
    const ops: string[] = [];
    const spied = createDb(db.name);
    spied.use({
      stack: 'dbcore',
      name: 'op-spy',
      create: (down) => ({
        ...down,
        table(name) {
          const t = down.table(name);
          return {
            ...t,
            query: (req) => (ops.push(`query ${name}`), t.query(req)),
            openCursor: (req) => (ops.push(`cursor ${name}`), t.openCursor(req)),
          };
        },
      }),
    });
    const first = userEvent('ana', 'request-sent', 5);
    const sameDay = { ...userEvent('ana', 'note', 5), key: 'later-written' };
    const removed = userEvent('ana', 'agreed', 3);
    const newest = userEvent('ana', 'received', 1);
    await appendEvents(db, [first, sameDay, removed, newest, userEvent('ben', 'given', 0)]);
    await deleteEvent(db, removed.key, NOW);

    expect((await historyOf(spied, 'ana')).map((e) => e.key)).toEqual([newest.key, 'later-written', first.key]);
    expect(ops).toEqual(['query events']);
    expect((await historyOf(spied, 'ana', { includeDeleted: true })).map((e) => e.key)).toEqual([newest.key, removed.key, 'later-written', first.key]);
    expect((await historyOf(spied, 'ana', { limit: 2 })).map((e) => e.key)).toEqual([newest.key, 'later-written']);
    spied.close();
  });
});

describe('ledger', () => {
  beforeEach(async () => {
    await upsertContactFacts(db, { id: 'ana', name: 'Ana Ruiz', headline: 'Designer at Acme' });
    await upsertContactFacts(db, { id: 'ben', name: 'Ben Okafor', company: 'Globex' });
    await upsertContactFacts(db, { id: 'cleo', name: 'Cléo Martin' });
    await updateContactSettings(db, 'ana', { relationship: 'peer' });
    await updateContactSettings(db, 'ben', { relationship: 'manager' });
    await appendEvents(db, [
      userEvent('ana', 'request-sent', 20),
      userEvent('ben', 'request-sent', 30),
      userEvent('dan', 'received', 1), // an event for someone with no contact row yet
    ]);
  });

  it('lists every contact, with status, relationship, last event and next step', async () => {
    const rows = await ledger(db, NOW);
    expect(rows.map((r) => r.contactId)).toEqual(['dan', 'ana', 'ben', 'cleo']); // most recent first, no history last
    const ana = rows.find((r) => r.contactId === 'ana')!;
    expect(ana).toMatchObject({ status: 'waiting', days: 20, relationship: 'peer', due: true, nextStep: { kind: 'remind' } });
    expect(ana.last?.type).toBe('request-sent');
    expect(rows.find((r) => r.contactId === 'dan')).toMatchObject({ status: 'you-owe', contact: null });
  });

  it.each([
    [{ query: 'cleo' }, ['cleo']],
    [{ query: 'acme design' }, ['ana']],
    [{ query: 'globex' }, ['ben']],
    [{ query: 'nobody' }, []],
    [{ status: 'waiting' as const }, ['ana', 'ben']],
    [{ status: ['none', 'you-owe'] as ('none' | 'you-owe')[] }, ['dan', 'cleo']],
    [{ relationship: 'manager' as const }, ['ben']],
    [{ relationship: 'unknown' as const }, ['dan', 'cleo']],
    [{ due: true }, ['ana']],
    [{ due: false, status: 'waiting' as const }, ['ben']],
  ])('filters %j', async (q, ids) => {
    expect((await ledger(db, NOW, q)).map((r) => r.contactId)).toEqual(ids);
  });

  it.each([
    ['name', ['ana', 'ben', 'cleo', 'dan']],
    ['status', ['dan', 'ben', 'ana', 'cleo']],
    ['days', ['ben', 'ana', 'dan', 'cleo']],
  ] as const)('sorts by %s', async (sort, ids) => {
    expect((await ledger(db, NOW, { sort })).map((r) => r.contactId)).toEqual(ids);
  });

  it('summarises counts per status, who is owed and what is due', async () => {
    const s = await ledgerSummary(db, NOW);
    expect(s.total).toBe(4);
    expect(s.counts).toMatchObject({ waiting: 2, 'you-owe': 1, none: 1, mutual: 0 });
    expect(s.owed.map((b) => b.contactId)).toEqual(['dan']);
    expect(s.due).toEqual([expect.objectContaining({ contactId: 'ana', name: 'Ana Ruiz', days: 20 })]);
  });
});

describe('dueFollowUps', () => {
  it('lists contacts to remind now, and only those', async () => {
    for (const [id, relationship] of [['ana', 'peer'], ['ben', 'manager'], ['cleo', 'junior'], ['eve', 'classmate'], ['fay', 'mentee']] as const) {
      await updateContactSettings(db, id, { relationship });
    }
    await updateContactSettings(db, 'fay', { snoozedUntil: daysAgo(-3) });
    await appendEvents(db, [
      userEvent('ana', 'request-sent', 20), // due
      userEvent('ben', 'request-sent', 40), // a manager: let it go
      userEvent('cleo', 'request-sent', 3), // too soon
      userEvent('dan', 'agreed', 30), // relationship unknown
      userEvent('eve', 'request-sent', 60), // reminded already
      userEvent('eve', 'reminder-sent', 40),
      userEvent('fay', 'agreed', 50), // snoozed
      userEvent('gus', 'request-sent', 30, { deletedAt: NOW } as never),
    ]);
    await updateContactSettings(db, 'gus', { relationship: 'peer' });
    expect((await dueFollowUps(db, NOW)).map((r) => r.contactId)).toEqual(['ana']);
    await updateContactSettings(db, 'cleo', { reminderAfterDays: 2 });
    await updateContactSettings(db, 'fay', { snoozedUntil: null });
    expect((await dueFollowUps(db, NOW)).map((r) => r.contactId)).toEqual(['fay', 'ana', 'cleo']);
  });
});

describe('editing with undo', () => {
  it('deletes softly and restores', async () => {
    const e = userEvent('ana', 'received', 4);
    await appendEvents(db, [e]);
    const deleted = await deleteEvent(db, e.key, NOW);
    expect(deleted.deletedAt).toEqual(NOW);
    expect((await statusOf(db, 'ana', NOW)).status).toBe('none');
    expect(await historyOf(db, 'ana', { includeDeleted: true })).toHaveLength(1);
    expect(await appendEvents(db, [e])).toEqual({ added: 0 }); // a deleted fact is not written again
    const restored = await restoreEvent(db, e.key);
    expect(restored.deletedAt).toBeUndefined();
    expect((await statusOf(db, 'ana', NOW)).status).toBe('you-owe');
  });

  it('updates a user event and returns the previous version for undo', async () => {
    const e = userEvent('ana', 'agreed', 4, { text: 'said yes at lunch' });
    await appendEvents(db, [e]);
    const { previous, event } = await updateEvent(db, e.key, { type: 'declined', at: daysAgo(1), text: null });
    expect(previous).toMatchObject({ type: 'agreed', text: 'said yes at lunch', at: daysAgo(4) });
    expect(event.text).toBeUndefined();
    expect((await statusOf(db, 'ana', NOW))).toMatchObject({ status: 'declined', days: 1 });
    await updateEvent(db, e.key, { type: previous.type, at: previous.at, text: previous.text ?? null });
    expect((await historyOf(db, 'ana'))[0]).toMatchObject({ type: 'agreed', text: 'said yes at lunch', at: daysAgo(4) });
  });

  it('refuses to rewrite what the page or an import said', async () => {
    await appendEvents(db, [
      { contactId: 'ana', type: 'received', at: daysAgo(4), source: 'page', key: 'page:received:ana' },
      { contactId: 'ana', type: 'given', at: daysAgo(4), source: 'import', key: 'import:x' },
    ]);
    expect(await refusalOf(updateEvent(db, 'page:received:ana', { text: 'x' }))).toMatch(/read from LinkedIn/);
    expect(await refusalOf(updateEvent(db, 'import:x', { text: 'x' }))).toMatch(/came from an import/);
    expect(await refusalOf(deleteEvent(db, 'nope'))).toMatch(/no longer in your history/);
  });
});

describe('addNote', () => {
  it('keeps one note when the same note (contact, moment and text) arrives again, and returns it', async () => {
    const first = await addNote(db, 'sam', 'Led the Atlas migration.', NOW);
    const again = await addNote(db, 'sam', 'Led the Atlas migration.', NOW);
    expect(again).toEqual(first);
    expect((await notesOf(db, 'sam')).map((n) => n.text)).toEqual(['Led the Atlas migration.']);
  });

  it('keeps notes that differ in text, moment or person', async () => {
    await addNote(db, 'sam', 'Led the Atlas migration.', NOW);
    await addNote(db, 'sam', 'Mentored two interns.', NOW);
    await addNote(db, 'sam', 'Led the Atlas migration.', daysAgo(1));
    await addNote(db, 'ana', 'Led the Atlas migration.', NOW);
    expect(await notesOf(db, 'sam')).toHaveLength(3);
    expect(await notesOf(db, 'ana')).toHaveLength(1);
  });
});
