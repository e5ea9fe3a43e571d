import { createDb, type VouchDb } from '@/storage/db';
import { importLinkedInExport } from '@/storage/import-merge';
import { dismissAmbiguity, resolveAmbiguity, resolveAmbiguityAsNewContact } from '@/storage/import-questions';
import { parseLinkedInExport, type Connection, type LinkedInExport, type Rec } from '@/storage/linkedin-export';
import type { Contact } from '@/storage/types';
import { normaliseName } from '@/storage/types';
import { buildExportZip, currentExport, olderExport } from '../fixtures/exports/build';
import { refusalOf } from '../i18n/refusal';

const NOW = new Date('2025-06-01T10:00:00Z');
let db: VouchDb;
beforeEach(() => {
  db = createDb('test-' + crypto.randomUUID());
});
afterEach(() => db.delete());

const rec = (firstName: string, lastName: string, text: string, day: string, company = ''): Rec => ({
  firstName,
  lastName,
  company,
  jobTitle: '',
  text,
  date: new Date(`${day}T12:00:00Z`),
  status: 'VISIBLE',
});
const exportOf = (p: Partial<LinkedInExport>): LinkedInExport => ({ received: [], given: [], connections: [], problems: [], ...p });
const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  nameKey: normaliseName(name),
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});
const run = (data: LinkedInExport) => importLinkedInExport(db, data, { now: NOW });
const everything = async () => ({
  contacts: await db.contacts.orderBy('id').toArray(),
  events: await db.events.orderBy('seq').toArray(),
  ambiguities: await db.ambiguities.toArray(),
  settings: await db.settings.toArray(),
});

describe('importLinkedInExport', () => {
  it('turns an export into contacts and events matched through Connections.csv', async () => {
    const summary = await run(await parseLinkedInExport(buildExportZip(currentExport())));
    expect(summary).toEqual({
      contactsAdded: 3,
      contactsUpdated: 0,
      eventsAdded: 3,
      ambiguities: 0,
      alreadyKnown: 0,
      contactsMerged: 0,
      problems: [],
    });
    const events = await db.events.toArray();
    expect(events.map((e) => [e.contactId, e.type, e.source])).toEqual([
      ['ana-souza-42', 'received', 'import'],
      ['boblee', 'received', 'import'],
      ['chloe-martin', 'given', 'import'],
    ]);
    expect(await db.contacts.get('ana-souza-42')).toMatchObject({
      name: 'Ana Souza',
      nameKey: 'ana souza',
      company: 'Acme',
      headline: 'Engineering Manager',
    });
  });

  it('changes nothing when the same export is imported again', async () => {
    const data = await parseLinkedInExport(buildExportZip(currentExport()));
    await run(data);
    const before = await everything();
    const again = await importLinkedInExport(db, data, { now: new Date('2025-07-01T00:00:00Z') });
    expect(again).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, eventsAdded: 0, ambiguities: 0, alreadyKnown: 3 });
    expect(await everything()).toEqual(before);
  });

  it('adds only what is new from a newer export, whatever its date format', async () => {
    await run(exportOf({ received: [rec('Ana', 'Souza', 'Kind words.', '2009-07-21')] }));
    const newer = exportOf({
      received: [
        { ...rec('Ana', 'Souza', 'Kind  words.', '2009-07-21'), date: new Date('2009-07-21T12:11:00Z') },
        rec('Ana', 'Souza', 'More kind words.', '2024-01-01'),
      ],
    });
    expect(await run(newer)).toMatchObject({ eventsAdded: 1, alreadyKnown: 1, contactsAdded: 0 });
    expect(await db.events.count()).toBe(2);
  });

  it('matches an existing contact by name across accents, case and Unicode form', async () => {
    await db.contacts.add(contact('zoe-ito', 'Zoë Itō'));
    await run(exportOf({ received: [rec('ZOE\u0308', 'ito', 'x', '2020-01-01')] }));
    expect((await db.events.toArray()).map((e) => e.contactId)).toEqual(['zoe-ito']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps an unmatched row on a contact of its own, never drops it', async () => {
    const summary = await run(exportOf({ given: [rec('Dan', 'Okafor', 'Dan unblocks everyone.', '2009-07-21', 'Umbrella')] }));
    expect(summary).toMatchObject({ contactsAdded: 1, eventsAdded: 1 });
    expect(await db.contacts.get('import:dan-okafor')).toMatchObject({ name: 'Dan Okafor', company: 'Umbrella' });
    expect((await db.events.toArray())[0]).toMatchObject({ contactId: 'import:dan-okafor', type: 'given' });
  });

  it('gives later rows of an unmatched person the same contact, in this import and the next', async () => {
    await run(exportOf({ received: [rec('Dan', 'Okafor', 'a', '2010-01-01')] }));
    await run(exportOf({ received: [rec('Dan', 'Okafor', 'b', '2011-01-01')], given: [rec('Dan', 'Okafor', 'c', '2012-01-01')] }));
    expect(await db.contacts.count()).toBe(1);
    expect(new Set((await db.events.toArray()).map((e) => e.contactId))).toEqual(new Set(['import:dan-okafor']));
  });

  it('keeps two connections of one name at two companies apart (an export without URLs)', async () => {
    const dans = exportOf({
      connections: [
        { firstName: 'Dan', lastName: 'Okafor', company: 'Umbrella', position: 'Engineer' },
        { firstName: 'Dan', lastName: 'Okafor', company: 'Initech', position: 'Designer' },
      ],
      received: [rec('Dan', 'Okafor', 'From Initech Dan.', '2012-01-01', 'Initech'), rec('Dan', 'Okafor', 'Which Dan?', '2013-01-01')],
    });
    expect(await run(dans)).toMatchObject({ contactsAdded: 2, eventsAdded: 1, ambiguities: 1, problems: [] });
    expect(await db.contacts.get('import:dan-okafor')).toMatchObject({ company: 'Umbrella', headline: 'Engineer' });
    expect(await db.contacts.get('import:dan-okafor~2')).toMatchObject({ name: 'Dan Okafor', company: 'Initech', headline: 'Designer' });
    expect((await db.events.toArray()).map((e) => [e.contactId, e.text])).toEqual([['import:dan-okafor~2', 'From Initech Dan.']]);
    expect((await db.ambiguities.toArray())[0]?.candidates).toEqual(['import:dan-okafor', 'import:dan-okafor~2']);
    const before = await everything();
    expect(await run(dans)).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, eventsAdded: 0, ambiguities: 0 });
    expect(await everything()).toEqual(before);
  });

  it('keeps a connection whose namesakes all work elsewhere as a contact of its own', async () => {
    await db.contacts.bulkAdd([contact('sam-kim-1', 'Sam Kim', { company: 'Acme' }), contact('sam-kim-2', 'Sam Kim', { company: 'Globex' })]);
    const summary = await run(exportOf({ connections: [{ firstName: 'Sam', lastName: 'Kim', company: 'Initech' }] }));
    expect(summary).toMatchObject({ contactsAdded: 1, contactsUpdated: 0, problems: [] });
    expect(await db.contacts.get('import:sam-kim~2')).toMatchObject({ name: 'Sam Kim', company: 'Initech' });
    expect(await db.contacts.get('sam-kim-1')).toMatchObject({ company: 'Acme' });
  });

  it('says so when a connection could be one of several namesakes and nothing tells them apart', async () => {
    await db.contacts.bulkAdd([contact('sam-kim-1', 'Sam Kim'), contact('sam-kim-2', 'Sam Kim', { company: 'Globex' })]);
    const summary = await run(exportOf({ connections: [{ firstName: 'Sam', lastName: 'Kim', company: 'Initech' }] }));
    expect(summary.problems).toEqual(['2 contacts are named Sam Kim: the details of that connection were not filled in.']);
    expect(await db.contacts.count()).toBe(2);
  });

  it('reads an older export without URLs into name-keyed contacts', async () => {
    const summary = await run(await parseLinkedInExport(buildExportZip(olderExport())));
    expect(summary).toMatchObject({ contactsAdded: 3, eventsAdded: 3, ambiguities: 0 });
    expect((await db.contacts.orderBy('id').primaryKeys()).sort()).toEqual(['import:dan-okafor', 'import:eve-park', 'import:fay-wong']);
  });

  it('folds a name-keyed contact into the profile a newer export names', async () => {
    await run(await parseLinkedInExport(buildExportZip(olderExport())));
    await db.contacts.update('import:dan-okafor', { relationship: 'peer' });
    await db.notes.add({ contactId: 'import:dan-okafor', at: NOW, text: 'met at the meetup' });
    await db.drafts.add({ id: 'import:dan-okafor:write', contactId: 'import:dan-okafor', kind: 'write', text: 'Dan is', updatedAt: NOW });
    const newer = exportOf({
      connections: [{ firstName: 'Dan', lastName: 'Okafor', profileUrl: 'https://www.linkedin.com/in/dan-okafor/', company: 'Umbrella' }],
      received: [rec('Dan', 'Okafor', 'Dan unblocks everyone.', '2009-07-21', 'Umbrella'), rec('Dan', 'Okafor', 'New one.', '2024-01-01')],
    });
    expect(await run(newer)).toMatchObject({ contactsMerged: 1, contactsAdded: 1, eventsAdded: 1, ambiguities: 0, alreadyKnown: 1 });
    expect(await db.contacts.get('import:dan-okafor')).toBeUndefined();
    expect(await db.contacts.get('dan-okafor')).toMatchObject({ name: 'Dan Okafor', relationship: 'peer' });
    expect((await db.events.where('contactId').equals('dan-okafor').toArray()).map((e) => e.text).sort()).toEqual([
      'Dan unblocks everyone.',
      'New one.',
    ]);
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual(['dan-okafor']);
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['dan-okafor:write']);
    expect(await run(newer)).toMatchObject({ contactsMerged: 0, eventsAdded: 0, contactsUpdated: 0 });
  });

  it('does not fold a name-keyed contact when the export names two people of that name', async () => {
    await run(exportOf({ received: [rec('Sam', 'Kim', 'x', '2010-01-01')] }));
    const two: Connection[] = [
      { firstName: 'Sam', lastName: 'Kim', profileUrl: 'https://www.linkedin.com/in/sam-1/' },
      { firstName: 'Sam', lastName: 'Kim', profileUrl: 'https://www.linkedin.com/in/sam-2/' },
    ];
    expect(await run(exportOf({ connections: two }))).toMatchObject({ contactsMerged: 0, contactsAdded: 2 });
    expect(await db.contacts.get('import:sam-kim')).toBeDefined();
  });

  it('fills gaps from connections but never overwrites what the page or the user set', async () => {
    await db.contacts.add(
      contact('boblee', 'Robert Lee', { company: 'Old Co', relationship: 'manager', reminderAfterDays: 3, doNotNudge: true }),
    );
    const conn: Connection = { firstName: 'Bob', lastName: 'Lee', profileUrl: 'https://www.linkedin.com/in/boblee/', company: 'Globex', position: 'CTO' };
    const summary = await run(exportOf({ connections: [conn] }));
    expect(summary).toMatchObject({ contactsAdded: 0, contactsUpdated: 1 });
    expect(await db.contacts.get('boblee')).toEqual(
      contact('boblee', 'Robert Lee', {
        company: 'Old Co',
        relationship: 'manager',
        reminderAfterDays: 3,
        doNotNudge: true,
        firstName: 'Bob',
        lastName: 'Lee',
        headline: 'CTO',
      }),
    );
  });

  it('keeps when the user connected with each person, for the planner, without overwriting it', async () => {
    const conn: Connection = {
      firstName: 'Ana',
      lastName: 'Silva',
      profileUrl: 'https://www.linkedin.com/in/ana-silva/',
      connectedOn: new Date('2025-03-15T12:00:00Z'),
    };
    await run(exportOf({ connections: [conn] }));
    expect((await db.contacts.get('ana-silva'))?.connectedAt).toEqual(new Date('2025-03-15T12:00:00Z'));
    await run(exportOf({ connections: [{ ...conn, connectedOn: new Date('2020-01-01T12:00:00Z') }] }));
    expect((await db.contacts.get('ana-silva'))?.connectedAt).toEqual(new Date('2025-03-15T12:00:00Z'));
  });

  it('finds a connection stored under another name through Connections.csv', async () => {
    await db.contacts.add(contact('boblee', 'Robert Lee'));
    const conn: Connection = { firstName: 'Bob', lastName: 'Lee', profileUrl: 'https://www.linkedin.com/in/boblee/' };
    await run(exportOf({ connections: [conn], received: [rec('Bob', 'Lee', 'x', '2020-01-01', 'Globex')] }));
    expect((await db.events.toArray()).map((e) => e.contactId)).toEqual(['boblee']);
  });

  it('names a contact first seen on a page without its name', async () => {
    await db.contacts.add(contact('boblee', 'boblee', { nameKey: 'boblee' }));
    await run(exportOf({ connections: [{ firstName: 'Bob', lastName: 'Lee', profileUrl: 'https://www.linkedin.com/in/boblee/' }] }));
    expect(await db.contacts.get('boblee')).toMatchObject({ name: 'Bob Lee', nameKey: 'bob lee' });
  });

  it('reports progress up to the total', async () => {
    const calls: [number, number][] = [];
    await importLinkedInExport(db, await parseLinkedInExport(buildExportZip(currentExport())), {
      now: NOW,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls[0]).toEqual([0, 6]);
    expect(calls.at(-1)).toEqual([6, 6]);
    expect(calls.every(([d], i) => i === 0 || d >= calls[i - 1]![0])).toBe(true);
  });
});

describe('the ambiguity queue', () => {
  const twoSams = async () => {
    await db.contacts.bulkAdd([
      contact('sam-kim-1', 'Sam Kim', { company: 'Acme' }),
      contact('sam-kim-2', 'Sam Kim', { company: 'Globex' }),
    ]);
  };
  const samRow = exportOf({ received: [rec('Sam', 'Kim', 'Sam is great.', '2021-05-05', 'Initech')] });

  it('asks the user when two contacts share the name', async () => {
    await twoSams();
    expect(await run(samRow)).toMatchObject({ ambiguities: 1, eventsAdded: 0 });
    const [question] = await db.ambiguities.toArray();
    expect(question?.candidates).toEqual(['sam-kim-1', 'sam-kim-2']);
    expect(question?.row).toMatchObject({ name: 'Sam Kim', company: 'Initech', type: 'received', text: 'Sam is great.' });
    expect(await run(samRow)).toMatchObject({ ambiguities: 0, alreadyKnown: 1 });
    expect(await db.ambiguities.count()).toBe(1);
  });

  it('does not ask when the row’s company tells the namesakes apart', async () => {
    await twoSams();
    await run(exportOf({ received: [rec('Sam', 'Kim', 'x', '2021-05-05', 'Globex')] }));
    expect((await db.events.toArray()).map((e) => e.contactId)).toEqual(['sam-kim-2']);
  });

  it('writes the fact to the chosen contact, and a re-import does not ask again', async () => {
    await twoSams();
    await run(samRow);
    const [question] = await db.ambiguities.toArray();
    await resolveAmbiguity(db, question!.id!, 'sam-kim-2');
    expect(await db.ambiguities.count()).toBe(0);
    expect((await db.events.toArray()).map((e) => [e.contactId, e.source])).toEqual([['sam-kim-2', 'import']]);
    expect(await run(samRow)).toMatchObject({ ambiguities: 0, eventsAdded: 0, alreadyKnown: 1 });
    expect(await refusalOf(resolveAmbiguity(db, question!.id!, 'sam-kim-2'))).toMatch(/already been answered/);
  });

  it('refuses a contact that does not exist, and keeps the question', async () => {
    await twoSams();
    await run(samRow);
    const [question] = await db.ambiguities.toArray();
    expect(await refusalOf(resolveAmbiguity(db, question!.id!, 'nobody'))).toMatch(/no longer exists/);
    expect(await db.ambiguities.count()).toBe(1);
  });

  it('can make a new contact for a third namesake', async () => {
    await twoSams();
    await run(samRow);
    const [question] = await db.ambiguities.toArray();
    const made = await resolveAmbiguityAsNewContact(db, question!.id!, NOW);
    expect(made).toMatchObject({ id: 'import:sam-kim~2', name: 'Sam Kim', company: 'Initech' });
    expect((await db.events.toArray()).map((e) => e.contactId)).toEqual(['import:sam-kim~2']);
  });

  it('sets a dismissed row aside for good', async () => {
    await twoSams();
    await run(samRow);
    const [question] = await db.ambiguities.toArray();
    await dismissAmbiguity(db, question!.id!);
    expect(await db.ambiguities.count()).toBe(0);
    expect(await run(samRow)).toMatchObject({ ambiguities: 0, eventsAdded: 0, alreadyKnown: 1 });
    expect(await db.events.count()).toBe(0);
  });
});

describe('all or nothing', () => {
  it('leaves the database exactly as it was when a write fails mid-way', async () => {
    await db.contacts.add(contact('keep', 'Keep Me', { relationship: 'peer' }));
    await run(exportOf({ received: [rec('Old', 'Row', 'old', '2015-01-01')] }));
    const before = await everything();
    let writes = 0;
    db.events.hook('creating', () => {
      if (++writes === 2) throw new Error('disk full');
    });
    const data = await parseLinkedInExport(buildExportZip(currentExport()));
    await expect(run(data)).rejects.toThrow(/disk full/);
    expect(writes).toBe(2); // the contacts and the first event were written before the failure
    expect(await everything()).toEqual(before);
  });
});

describe('a large export', () => {
  it('imports 10,000 connections and 1,000 recommendations correctly', async () => {
    const connections: Connection[] = Array.from({ length: 10_000 }, (_, i) => ({
      firstName: `First${i}`,
      lastName: `Last${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      company: `Co ${i % 50}`,
      connectedOn: new Date(Date.UTC(2015, 0, 1 + (i % 3000), 12)),
    }));
    const received = Array.from({ length: 1_000 }, (_, i) => rec(`First${i * 7}`, `Last${i * 7}`, `Text ${i}`, '2020-02-02', `Co ${(i * 7) % 50}`));
    await db.contacts.add(contact('person-3', 'First3 Last3', { relationship: 'client' }));
    const summary = await run(exportOf({ connections, received }));
    expect(summary).toMatchObject({ contactsAdded: 9_999, contactsUpdated: 1, eventsAdded: 1_000, ambiguities: 0 });
    expect(await db.contacts.count()).toBe(10_000);
    expect((await db.events.where('contactId').equals('person-7').toArray()).map((e) => e.text)).toEqual(['Text 1']);
    expect((await db.contacts.get('person-3'))?.relationship).toBe('client');
    expect(await run(exportOf({ connections, received }))).toMatchObject({ contactsAdded: 0, contactsUpdated: 0, eventsAdded: 0 });
  }, 60_000); // correctness only: the benchmark measures speed; a busy shared machine must not fail it
});
