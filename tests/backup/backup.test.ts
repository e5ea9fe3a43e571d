import { createDb, LATEST_VERSION, type VouchDb } from '@/storage/db';
import {
  BACKUP_FORMAT,
  backupFileName,
  checkBackup,
  createBackup,
  deleteAllData,
  exportBackup,
  restoreBackup,
} from '@/storage/backup';
import { encodeDates, reviveDates } from '@/storage/tagged-dates';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/storage/settings';
import { refusalOf } from '../i18n/refusal';

const T = (iso: string) => new Date(iso);
const dbs: VouchDb[] = [];
const fresh = () => {
  const db = createDb('test-' + crypto.randomUUID());
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function seed(db: VouchDb) {
  await db.contacts.bulkAdd([
    {
      id: 'ana-souza-42',
      memberUrn: 'ACoAAB1234567890abcdefghijklmnopqrstuvw',
      name: 'Ana Souza',
      firstName: 'Ana',
      lastName: 'Souza',
      headline: 'Engineering Manager at "Acme" <b>',
      company: 'Acme',
      nameKey: 'ana souza',
      relationship: 'manager',
      reminderAfterDays: 10,
      doNotNudge: true,
      snoozedUntil: T('2025-07-01T08:00:00Z'),
      connectedAt: T('2024-02-10T12:00:00Z'),
      createdAt: T('2024-01-01T00:00:00Z'),
      updatedAt: T('2025-01-02T03:04:05.678Z'),
    },
    { id: 'import:zoë-itō', name: 'Zoë Itō', nameKey: 'zoe ito', createdAt: T('2024-02-02T00:00:00Z'), updatedAt: T('2024-02-02T00:00:00Z') },
  ]);
  await db.events.bulkAdd([
    { contactId: 'ana-souza-42', type: 'received', at: T('2009-07-21T12:11:00Z'), text: 'Line one\nLine "two"', source: 'import', key: 'k1' },
    { contactId: 'ana-souza-42', type: 'request-sent', at: T('2025-01-01T00:00:00Z'), source: 'user', key: 'k2', deletedAt: T('2025-01-03T00:00:00Z') },
  ]);
  await db.notes.add({ contactId: 'ana-souza-42', at: T('2025-01-01T00:00:00Z'), text: 'Met at the conference 🎉' });
  await db.drafts.add({ id: 'ana-souza-42:write', contactId: 'ana-souza-42', kind: 'write', text: 'Draft', updatedAt: T('2025-01-05T00:00:00Z') });
  await db.templates.add({ id: 't1', group: 'request', kind: 'peer', name: 'Peer ask', body: 'Hi {first}', builtIn: false, updatedAt: T('2025-01-06T00:00:00Z') });
  await db.settings.bulkAdd([
    { key: 'import.dismissedAmbiguities', value: ['x'] },
    { key: 'nested', value: { when: T('2025-02-02T00:00:00Z'), list: [1, 'two', null, { deep: true }] } },
  ]);
  await db.ambiguities.add({
    createdAt: T('2025-03-03T00:00:00Z'),
    row: { name: 'Sam Kim', company: 'Initech', type: 'received', at: T('2021-05-05T12:00:00Z'), text: 'Sam!', key: 'k3' },
    candidates: ['sam-kim-1', 'sam-kim-2'],
  });
  await updateSettings({ theme: 'dark', reminderAfterDays: 9, viewer: { id: 'me-vanity', name: 'Me' } });
}

const snapshot = async (db: VouchDb) => ({
  contacts: await db.contacts.toArray(),
  events: await db.events.toArray(),
  notes: await db.notes.toArray(),
  drafts: await db.drafts.toArray(),
  templates: await db.templates.toArray(),
  settings: await db.settings.toArray(),
  ambiguities: await db.ambiguities.toArray(),
  preferences: await getSettings(),
});

describe('encodeDates / reviveDates', () => {
  const cases: [string, unknown][] = [
    ['a date', T('2020-01-01T00:00:00.123Z')],
    ['nested dates', { a: [T('2020-01-01T00:00:00Z'), { b: T('2021-01-01T00:00:00Z') }] }],
    ['plain values', { n: 1, s: 'x', b: false, z: null, list: [] }],
    ['an object that only looks like a date holder', { $date: 5 }],
  ];
  it.each(cases)('round-trips %s through JSON', (_, value) => {
    expect(reviveDates(JSON.parse(JSON.stringify(encodeDates(value))))).toEqual(value);
  });

  it('does not revive objects with more than the $date key', () => {
    expect(reviveDates({ $date: '2020-01-01T00:00:00Z', other: 1 })).toEqual({ $date: '2020-01-01T00:00:00Z', other: 1 });
  });
});

describe('backup round trip', () => {
  it('restores every row of every table, and the preferences, exactly', async () => {
    const source = fresh();
    await seed(source);
    const before = await snapshot(source);
    const file = await exportBackup(source, T('2025-06-01T00:00:00Z'));

    await updateSettings({ theme: 'light', viewer: null });
    const target = fresh();
    await target.contacts.add({ id: 'stale', name: 'Stale', nameKey: 'stale', createdAt: new Date(), updatedAt: new Date() });
    const summary = await restoreBackup(target, file);

    expect(await snapshot(target)).toEqual(before);
    expect(summary.counts).toEqual({ contacts: 2, events: 2, notes: 1, drafts: 1, templates: 1, settings: 2, ambiguities: 1 });
    expect((await target.contacts.get('ana-souza-42'))?.snoozedUntil).toBeInstanceOf(Date);
  });

  it('writes a versioned file with encoded dates', async () => {
    const db = fresh();
    await seed(db);
    const backup = await createBackup(db, T('2025-06-01T00:00:00Z'));
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, schemaVersion: LATEST_VERSION, exportedAt: { $date: '2025-06-01T00:00:00.000Z' } });
    expect(backup.data.events[0]).toMatchObject({ at: { $date: '2009-07-21T12:11:00.000Z' } });
    expect(backupFileName(T('2025-06-01T10:00:00Z'))).toBe('vouch-backup-2025-06-01.json');
  });

  it('a backup of an empty Vouch restores to an empty Vouch', async () => {
    const file = await exportBackup(fresh());
    const target = fresh();
    await seed(target);
    await restoreBackup(target, file);
    expect(await target.contacts.count()).toBe(0);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('a bad backup changes nothing and says why', () => {
  const valid = async () => {
    const db = fresh();
    await seed(db);
    return JSON.parse(await exportBackup(db)) as Record<string, any>;
  };
  const edit = async (change: (b: Record<string, any>) => void) => {
    const b = await valid();
    change(b);
    return JSON.stringify(b);
  };

  const cases: [string, () => Promise<string>, RegExp][] = [
    ['an empty file', async () => '', /not complete JSON/],
    ['a truncated file', async () => (await exportBackup(fresh())).slice(0, 60), /not complete JSON/],
    ['a foreign JSON file', async () => '{"name":"my-package","version":"1.0.0"}', /not a Vouch backup/],
    ['a JSON array', async () => '[1,2,3]', /not a Vouch backup/],
    ['JSON null', async () => 'null', /not a Vouch backup/],
    ['a newer backup format', () => edit((b) => (b.version = 2)), /newer version of Vouch \(backup format 2\)/],
    ['a newer database', () => edit((b) => (b.schemaVersion = 99)), /newer version of Vouch \(data version 99\)/],
    ['a version that is not a number', () => edit((b) => (b.version = '1')), /damaged at version/],
    ['a missing table', () => edit((b) => delete b.data.notes), /damaged at data\.notes/],
    ['a date written as text', () => edit((b) => (b.data.contacts[0].createdAt = '2024-01-01')), /damaged at data\.contacts\.0\.createdAt/],
    ['an unreadable date', () => edit((b) => (b.data.events[0].at = { $date: 'soon' })), /damaged at data\.events\.0\.at/],
    ['an unknown event type', () => edit((b) => (b.data.events[1].type = 'hacked')), /damaged at data\.events\.1\.type/],
    ['an over-long text', () => edit((b) => (b.data.notes[0].text = 'x'.repeat(200_001))), /damaged at data\.notes\.0\.text/],
    ['a contact without an id', () => edit((b) => delete b.data.contacts[1].id), /damaged at data\.contacts\.1\.id/],
    ['two contacts with one id', () => edit((b) => (b.data.contacts[1].id = 'ana-souza-42')), /two contacts share the id "ana-souza-42"/],
    ['two events with one key', () => edit((b) => (b.data.events[1].key = 'k1')), /two events share the key "k1"/],
    ['bad preferences', () => edit((b) => (b.preferences.theme = 'neon')), /damaged at preferences\.theme/],
  ];

  it.each(cases)('%s', async (_, makeFile, reason) => {
    const file = await makeFile();
    const db = fresh();
    await seed(db);
    const before = await snapshot(db);
    const refusal = await refusalOf(restoreBackup(db, file));
    expect(refusal).toMatch(reason);
    expect(refusal).toMatch(/^This backup cannot be restored: .* Nothing was changed\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('checkBackup accepts what exportBackup writes', async () => {
    expect(() => checkBackup(JSON.stringify(valid))).toThrow();
    expect(checkBackup(JSON.stringify(await valid())).data.contacts).toHaveLength(2);
  });
});

describe('deleteAllData', () => {
  it('empties every table and the preferences', async () => {
    const db = fresh();
    await seed(db);
    await db.log.add({ at: new Date(), level: 'error', source: 'x', message: 'y' });
    await deleteAllData(db);
    const after = await snapshot(db);
    expect(Object.values(after).slice(0, 7).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(true);
    expect(await db.log.count()).toBe(0);
    expect(after.preferences).toEqual(DEFAULT_SETTINGS);
  });

  it('can keep the preferences', async () => {
    const db = fresh();
    await seed(db);
    await deleteAllData(db, { keepPreferences: true });
    expect((await getSettings()).theme).toBe('dark');
    expect(await db.contacts.count()).toBe(0);
  });
});
