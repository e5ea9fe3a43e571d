import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviveDates } from '@/storage/tagged-dates';
import { exportBackup } from '@/storage/backup';
import { createDb, type VouchDb } from '@/storage/db';
import { MAX_MESSAGE_CHARS } from '@/storage/limits';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { getSettings, updateSettings } from '@/storage/settings';
import { NEWER_DATA_MESSAGE } from '@/storage/open';
import { replyText } from '../i18n/refusal';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const content: Sender = { id: ID, url: 'https://www.linkedin.com/in/jane-doe-42/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7 } };
const dashboard: Sender = { id: ID, url: `${ORIGIN}/dashboard.html`, origin: ORIGIN, tab: { id: 8 } };
const NOW = new Date('2026-03-01T12:00:00Z');

let db: VouchDb;
let handle: ReturnType<typeof createRouter>;

beforeEach(async () => {
  db = createDb(`test-${crypto.randomUUID()}`);
  await db.open();
  handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, now: () => NOW });
});
afterEach(async () => {
  await db.delete();
});

/** As Chrome carries it: JSON both ways, so dates travel as ISO strings. */
async function send(type: string, payload: unknown, sender: Sender = dashboard) {
  return JSON.parse(JSON.stringify(await handle(JSON.parse(JSON.stringify({ vouch: 1, type, payload })), sender))) as
    | { ok: true; data: unknown }
    | { ok: false; error: string };
}

const rec = (firstName: string, lastName: string, text: string, date: string) => ({
  firstName,
  lastName,
  company: 'Acme',
  jobTitle: 'Engineer',
  text,
  date: new Date(date),
  status: 'VISIBLE',
});

/** A parsed export: one connection with a profile, one recommendation each way, two namesakes. */
function parsedExport() {
  return {
    received: [rec('Jane', 'Doe', 'Jane led the billing rewrite with care.', '2025-04-02T00:00:00Z')],
    given: [{ ...rec('Dan', 'Okafor', 'Dan ran the support desk for two years.', '2025-05-10T00:00:00Z'), company: '' }],
    connections: [
      { firstName: 'Jane', lastName: 'Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-42/', company: 'Acme', connectedOn: new Date('2020-01-01') },
      { firstName: 'Dan', lastName: 'Okafor', profileUrl: 'https://www.linkedin.com/in/dan-okafor-1/', company: 'Acme' },
      { firstName: 'Dan', lastName: 'Okafor', profileUrl: 'https://www.linkedin.com/in/dan-okafor-2/', company: 'Globex' },
    ],
    problems: [],
  };
}

const sizes = () => Promise.all(db.tables.map((t) => t.count()));

describe('the dashboard writes through the background', () => {
  it('imports a parsed export sent as JSON: dates arrive as dates, and a second send adds nothing', async () => {
    const first = await send('import.linkedin', parsedExport());
    expect(first).toMatchObject({ ok: true, data: { eventsAdded: 1, ambiguities: 1, contactsAdded: 3 } });
    const [received] = await db.events.where('type').equals('received').toArray();
    expect(received!.contactId).toBe('jane-doe-42');
    expect(received!.at).toBeInstanceOf(Date);
    expect(received!.at.toISOString()).toBe('2025-04-02T00:00:00.000Z');
    expect((await db.contacts.get('jane-doe-42'))!.connectedAt).toBeInstanceOf(Date);

    const again = await send('import.linkedin', parsedExport());
    expect(again).toMatchObject({ ok: true, data: { eventsAdded: 0, ambiguities: 0, alreadyKnown: 2 } });
  });

  it('gives a page every date of a contact back as a Date after the trip through JSON', async () => {
    await send('import.linkedin', parsedExport());
    await send('contact.settings', { id: 'jane-doe-42', snoozedUntil: NOW });
    const r = reviveDates(await send('contact.get', { id: 'jane-doe-42' })) as { data: Record<string, unknown> };
    for (const field of ['connectedAt', 'snoozedUntil', 'createdAt', 'updatedAt']) expect(r.data[field], field).toBeInstanceOf(Date);
  });

  it('refuses a malformed import whole and writes nothing', async () => {
    const before = await sizes();
    const bad = parsedExport();
    (bad.connections[1] as { profileUrl?: string }).profileUrl = 'https://evil.example/in/dan';
    const r = await send('import.linkedin', bad);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/connections\.1\.profileUrl/);
    const noDate = { ...parsedExport(), received: [{ ...parsedExport().received[0]!, date: 'yesterday' }] };
    expect((await send('import.linkedin', noDate)).ok).toBe(false);
    expect(await sizes()).toEqual(before);
  });

  it('answers the import’s questions, and says plainly when one was already answered', async () => {
    await send('import.linkedin', parsedExport());
    const [question] = await db.ambiguities.toArray();
    expect(await send('ambiguity.resolve', { id: question!.id, contactId: 'dan-okafor-2' })).toEqual({ ok: true, data: { resolved: true } });
    expect((await db.events.where('contactId').equals('dan-okafor-2').toArray()).map((e) => e.type)).toEqual(['given']);
    const again = await send('ambiguity.resolve', { id: question!.id, contactId: 'dan-okafor-2' });
    expect(again).toEqual({ ok: false, error: 'errors.answered', said: { key: 'errors.answered' } });
    expect(replyText(again)).toBe('This question has already been answered.');
    expect(replyText(await send('ambiguity.dismiss', { id: question!.id }))).toBe('This question has already been answered.');
  });

  it('makes a new contact for a question, or sets it aside for good', async () => {
    await send('import.linkedin', parsedExport());
    const [question] = await db.ambiguities.toArray();
    const made = await send('ambiguity.newContact', { id: question!.id });
    expect(made).toMatchObject({ ok: true, data: { name: 'Dan Okafor' } });
    expect(await db.ambiguities.count()).toBe(0);

    await db.delete();
    db = createDb(`test-${crypto.randomUUID()}`);
    handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, now: () => NOW });
    await send('import.linkedin', parsedExport());
    const [again] = await db.ambiguities.toArray();
    expect(await send('ambiguity.dismiss', { id: again!.id })).toEqual({ ok: true, data: { dismissed: true } });
    expect(await send('import.linkedin', parsedExport())).toMatchObject({ ok: true, data: { ambiguities: 0 } });
  });

  it('restores a backup, and passes on why a damaged one is refused, word for word', async () => {
    await send('import.linkedin', parsedExport());
    const backup = await exportBackup(db, NOW);
    await send('data.deleteAll', {});
    expect(await db.contacts.count()).toBe(0);

    const damaged = await send('backup.restore', { text: backup.slice(0, backup.length / 2) });
    expect(damaged).toEqual({ ok: false, error: 'errors.backup', said: { key: 'errors.backup', slots: { why: { key: 'errors.backupNotJson' } } } });
    expect(replyText(damaged)).toBe('This backup cannot be restored: the file is not complete JSON (it may be damaged or cut short). Nothing was changed.');
    expect(await db.contacts.count()).toBe(0);

    const restored = await send('backup.restore', { text: backup });
    expect(restored).toMatchObject({ ok: true, data: { counts: { contacts: 3, events: 1, ambiguities: 1 } } });
    expect(await db.contacts.count()).toBe(3);
  });

  it('erases everything, keeping the preferences only when asked', async () => {
    await send('import.linkedin', parsedExport());
    await updateSettings({ reminderAfterDays: 21 });
    expect(await send('data.deleteAll', { keepPreferences: true })).toEqual({ ok: true, data: { deleted: true } });
    expect(await sizes()).toEqual(db.tables.map(() => 0));
    expect((await getSettings()).reminderAfterDays).toBe(21);
    await send('data.deleteAll', {});
    expect((await getSettings()).reminderAfterDays).not.toBe(21);
  });

  it('takes a whole backup larger than a content script may send', async () => {
    await db.notes.add({ contactId: 'jane-doe-42', text: 'x'.repeat(45_000), at: NOW });
    for (let i = 0; i < 60; i++) await db.notes.add({ contactId: 'jane-doe-42', text: `${i} ${'y'.repeat(44_000)}`, at: NOW });
    const backup = await exportBackup(db, NOW);
    expect(backup.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    expect(await send('backup.restore', { text: backup })).toMatchObject({ ok: true, data: { counts: { notes: 61 } } });
    expect(await send('backup.restore', { text: backup }, content)).toEqual({ ok: false, error: 'Refused: the message is too large.' });
  });
});

describe('the whole-ledger messages are for Vouch’s own pages only', () => {
  const cases: [string, unknown][] = [
    ['import.linkedin', parsedExport()],
    ['ambiguity.resolve', { id: 1, contactId: 'jane-doe-42' }],
    ['ambiguity.newContact', { id: 1 }],
    ['ambiguity.dismiss', { id: 1 }],
    ['backup.restore', { text: '{}' }],
    ['data.deleteAll', {}],
  ];
  it.each(cases)('%s from LinkedIn’s tab is refused and changes nothing', async (type, payload) => {
    await send('import.linkedin', parsedExport());
    const before = await sizes();
    expect(await send(type, payload, content)).toEqual({ ok: false, error: `Refused: "${type}" is not accepted from this sender.` });
    expect(await sizes()).toEqual(before);
  });

  it('refuses every write when the data is read-only', async () => {
    handle = createRouter(db, { extensionId: ID, extensionOrigin: ORIGIN, readOnlyReason: NEWER_DATA_MESSAGE });
    for (const [type, payload] of cases) expect(await send(type, payload)).toEqual({ ok: false, error: 'errors.newerVouch', said: NEWER_DATA_MESSAGE });
    expect(await sizes()).toEqual(db.tables.map(() => 0));
  });
});
