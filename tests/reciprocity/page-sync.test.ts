import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_ON_REQUEST_FORM, GROUP_ON_WRITE_FORM, groupForContact, LINKEDIN_RELATIONSHIPS } from '@/storage/relationships';
import { pageKey, pendingKey } from '@/storage/event-keys';
import { readProfile } from '@/components/linkedin/profile';
import {
  factsFromProfile,
  relationshipFromLinkedIn,
  RELATIONSHIP_FROM_LINKEDIN,
  sameProfile,
  type RecommendationItem,
  type PageReading,
} from '@/storage/page-sync';
import { recordPageFacts } from '@/storage/protocol/reciprocity';
import { appendEvents, historyOf } from '@/storage/repositories/events';
import { updateContactSettings } from '@/storage/repositories/contacts';
import { deleteEvent } from '@/storage/repositories/history-edit';
import { statusOf } from '@/storage/repositories/status';
import type { VouchDb } from '@/storage/db';
import { FIXTURES, loadFixture } from '../reading/fixtures';
import { backgroundCall, daysAgo, freshDb, NOW, userEvent } from './helpers';

const ME = 'alex-kim';
const item = (profileId: string, extra: Partial<RecommendationItem> = {}): RecommendationItem => ({ name: profileId.toUpperCase(), profileId, ...extra });
const reading = (id: string, received: RecommendationItem[], given: RecommendationItem[], isOwnProfile = false, pending?: RecommendationItem[]): PageReading => ({
  contact: { id },
  isOwnProfile,
  recommendations: { received, given, ...(pending ? { pending } : {}) },
});
const ASK = 'Hi Omar, can you write me a recommendation?';

describe('factsFromProfile', () => {
  it.each([
    {
      name: 'they recommended me: I am in their Given list',
      reading: reading('sam', [item('zoe')], [item(ME, { date: daysAgo(30), text: ' Great colleague ' })]),
      events: [{ contactId: 'sam', type: 'received', at: daysAgo(30), text: 'Great colleague', key: 'page:received:sam' }],
    },
    {
      name: 'I recommended them: I am in their Received list',
      reading: reading('sam', [item(ME, { date: daysAgo(5) })], []),
      events: [{ contactId: 'sam', type: 'given', at: daysAgo(5), key: 'page:given:sam' }],
    },
    {
      name: 'both ways',
      reading: reading('sam', [item(ME)], [item(ME)]),
      events: [
        { contactId: 'sam', type: 'received', at: NOW, key: 'page:received:sam' },
        { contactId: 'sam', type: 'given', at: NOW, key: 'page:given:sam' },
      ],
    },
    {
      name: 'matches my id however the link spelled it',
      reading: reading('sam', [item('Alex%2DKim')], []),
      events: [{ contactId: 'sam', type: 'given', at: NOW, key: 'page:given:sam' }],
    },
    { name: 'others in their lists are not my business', reading: reading('sam', [item('zoe')], [item('max')]), events: [] },
    { name: 'a name like mine is not me', reading: reading('sam', [{ name: 'Alex Kim', profileId: 'alex-kim-2' }], []), events: [] },
  ])('$name', ({ reading: r, events }) => {
    const facts = factsFromProfile(r, ME, NOW);
    expect(facts.contacts).toEqual([]);
    expect(facts.events).toEqual(events.map((e) => ({ source: 'page', ...e })));
  });

  it('needs to know who the viewer is on someone else’s profile', () => {
    expect(factsFromProfile(reading('sam', [item(ME)], [item(ME)]), null, NOW).events).toEqual([]);
  });

  it('records nothing when the recommendations could not be read', () => {
    expect(factsFromProfile({ contact: { id: 'sam' }, isOwnProfile: false, recommendations: null }, ME, NOW)).toEqual({
      contacts: [],
      events: [],
    });
  });

  it('on my own profile, every item is a fact about its person, with their name and headline', () => {
    const own = reading(
      ME,
      [item('sam', { name: 'Sam Lee', headline: 'CTO', date: daysAgo(9) }), item('zoe', { name: '  ' })],
      [item('sam', { name: 'Sam Lee' }), item('max', { date: new Date('nonsense') })],
      true,
    );
    const facts = factsFromProfile(own, null, NOW);
    expect(facts.events.map((e) => [e.key, e.at])).toEqual([
      ['page:received:sam', daysAgo(9)],
      ['page:received:zoe', NOW],
      ['page:given:sam', NOW],
      ['page:given:max', NOW],
    ]);
    expect(facts.contacts).toEqual([
      { id: 'sam', name: 'Sam Lee', headline: 'CTO' },
      { id: 'zoe' },
      { id: 'max', name: 'MAX' },
    ]);
  });

  it('treats my profile as mine when the ids match, even without the flag', () => {
    expect(factsFromProfile(reading(ME, [item('sam')], [], false), ME, NOW).events[0]?.key).toBe('page:received:sam');
  });

  it.each([
    ['an empty id', ''],
    ['a path', 'a/b'],
    ['spaces', 'a b'],
    ['myself', ME],
  ])('skips an item with %s on my own profile', (_label, profileId) => {
    expect(factsFromProfile(reading(ME, [item(profileId), item('ok')], [], true), ME, NOW).events.map((e) => e.contactId)).toEqual(['ok']);
  });

  it('writes one key per direction per contact', () => {
    expect(pageKey('given', 'sam')).toBe('page:given:sam');
    const twice = factsFromProfile(reading(ME, [item('sam'), item('sam')], [], true), null, NOW);
    expect(twice.events).toHaveLength(1);
  });

  it.each([
    ['alex-kim', 'alex-kim', true],
    ['Alex-Kim', 'alex-kim', true],
    ['alex%2Dkim', 'alex-kim', true],
    ['alex-kim', 'alex-kim-2', false],
    ['%E0%A4%A', '%e0%a4%a', true],
  ])('sameProfile(%s, %s) is %s', (a, b, same) => {
    expect(sameProfile(a, b)).toBe(same);
  });
});

describe('recording page facts', () => {
  let db: VouchDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  const sync = (r: PageReading, viewer: string | null = ME) => recordPageFacts(db, factsFromProfile(r, viewer, NOW), NOW);

  it('is a no-op the second time', async () => {
    const r = reading('sam', [item(ME)], [item(ME)]);
    expect(await sync(r)).toEqual({ added: 2 });
    expect(await sync(r)).toEqual({ added: 0 });
    expect((await statusOf(db, 'sam', NOW)).status).toBe('mutual');
  });

  it('never deletes or rewrites what the user entered, nor their settings', async () => {
    const mine = [userEvent('sam', 'request-sent', 40, { text: 'asked over coffee' }), userEvent('sam', 'agreed', 30)];
    await appendEvents(db, mine);
    await updateContactSettings(db, 'sam', { relationship: 'mentor', doNotNudge: true });
    await sync(reading(ME, [item('sam', { name: 'Sam Lee', headline: 'CTO' })], [], true));
    const history = await historyOf(db, 'sam');
    expect(history.map((e) => e.key).sort()).toEqual(['page:received:sam', ...mine.map((m) => m.key)].sort());
    for (const m of mine) expect(history.find((e) => e.key === m.key)).toMatchObject({ ...m });
    expect(await db.contacts.get('sam')).toMatchObject({ name: 'Sam Lee', headline: 'CTO', relationship: 'mentor', doNotNudge: true });
    expect(history).toHaveLength(3);
  });

  it('does not record twice a recommendation the user already entered', async () => {
    await appendEvents(db, [userEvent('sam', 'received', 100)]);
    expect(await sync(reading('sam', [], [item(ME)]))).toEqual({ added: 0 });
    expect(await historyOf(db, 'sam')).toHaveLength(1);
  });

  it('does not bring back a page fact the user removed', async () => {
    const r = reading('sam', [], [item(ME)]);
    await sync(r);
    await deleteEvent(db, 'page:received:sam', NOW);
    expect(await sync(r)).toEqual({ added: 0 });
    expect((await statusOf(db, 'sam', NOW)).status).toBe('none');
  });

  it('goes through sync.profile with validation', async () => {
    const call = backgroundCall(db);
    const facts = factsFromProfile(reading(ME, [item('sam')], [item('zoe')], true), null, NOW);
    expect(await call('sync.profile', facts)).toEqual({ added: 2 });
    await expect(
      call('sync.profile', { contacts: [], events: [{ ...facts.events[0]!, source: 'user' as 'page' }] }),
    ).rejects.toThrow();
    await expect(
      call('sync.profile', { contacts: [], events: [{ ...facts.events[0]!, key: 'user:forged' }] }),
    ).rejects.toThrow();
    await expect(
      call('sync.profile', { contacts: [], events: Array.from({ length: 2_001 }, () => facts.events[0]!) }),
    ).rejects.toThrow();
  });
});

describe('pending requests on my own profile', () => {
  it('each pending row is a request I sent its person, keyed by person and words, not by date', () => {
    const pending = [item('omar', { name: 'Omar Haddad', headline: 'Backend engineer', date: daysAgo(2), text: ` ${ASK} ` })];
    const facts = factsFromProfile(reading(ME, [], [], true, pending), ME, NOW);
    expect(facts.events).toEqual([
      { contactId: 'omar', type: 'request-sent', at: daysAgo(2), text: ASK, source: 'page', key: pendingKey('omar', ASK) },
    ]);
    expect(facts.contacts).toEqual([{ id: 'omar', name: 'Omar Haddad', headline: 'Backend engineer' }]);
    // Tomorrow the page says "3 days ago": the same fact, the same key.
    const tomorrow = factsFromProfile(reading(ME, [], [], true, [{ ...pending[0]!, date: daysAgo(3) }]), ME, NOW);
    expect(tomorrow.events[0]?.key).toBe(facts.events[0]?.key);
  });

  it('keys differ by person and by words, and ignore spacing', () => {
    expect(pendingKey('omar', ASK)).toMatch(/^page:request-sent:omar:[0-9a-z]+$/);
    expect(pendingKey('omar', ` ${ASK.replace(/ /g, '  ')}\n`)).toBe(pendingKey('omar', ASK));
    expect(pendingKey('omar', 'Another ask')).not.toBe(pendingKey('omar', ASK));
    expect(pendingKey('zoe', ASK)).not.toBe(pendingKey('omar', ASK));
    expect(pendingKey('omar', undefined)).toBe(pendingKey('omar', ''));
  });

  it('a row without a readable date is dated now', () => {
    expect(factsFromProfile(reading(ME, [], [], true, [item('omar')]), ME, NOW).events[0]?.at).toEqual(NOW);
  });

  it('pending rows on someone else’s profile are not mine', () => {
    expect(factsFromProfile(reading('sam', [], [], false, [item('omar')]), ME, NOW).events).toEqual([]);
  });

  it('reads the fixture’s Pending tab into a request to Omar', () => {
    const f = FIXTURES.find((x) => x.file === 'details-own-pending.html')!;
    const facts = factsFromProfile(readProfile(loadFixture(f), new URL(f.url)), null, NOW);
    expect(facts.events.filter((e) => e.type === 'request-sent')).toEqual([
      expect.objectContaining({ contactId: 'omar-haddad', text: ASK, source: 'page', key: pendingKey('omar-haddad', ASK) }),
    ]);
    expect(facts.events.map((e) => e.type).sort()).toEqual(['given', 'received', 'request-sent']);
  });
});

describe('recording pending requests', () => {
  let db: VouchDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  const pendingRow = (ago = 2, text = ASK) => reading(ME, [], [], true, [item('omar', { date: daysAgo(ago), text })]);
  const sync = (r: PageReading) => recordPageFacts(db, factsFromProfile(r, ME, NOW), NOW);

  it('records the request once, however many times the page is read, whatever day it is', async () => {
    expect(await sync(pendingRow(2))).toEqual({ added: 1 });
    expect(await sync(pendingRow(3))).toEqual({ added: 0 });
    expect(await historyOf(db, 'omar')).toMatchObject([{ type: 'request-sent', source: 'page', text: ASK, at: daysAgo(2) }]);
    expect((await statusOf(db, 'omar', NOW)).status).toBe('waiting');
  });

  it('does not record again a request the user already recorded through Vouch', async () => {
    await appendEvents(db, [userEvent('omar', 'request-sent', 5, { text: 'asked in person' })]);
    expect(await sync(pendingRow(2))).toEqual({ added: 0 });
    expect(await historyOf(db, 'omar')).toHaveLength(1);
  });

  it('…even when they agreed since (still pending on LinkedIn)', async () => {
    await appendEvents(db, [userEvent('omar', 'request-sent', 5), userEvent('omar', 'agreed', 4)]);
    expect(await sync(pendingRow(5))).toEqual({ added: 0 });
  });

  it('records a new request after the last one was answered', async () => {
    await appendEvents(db, [userEvent('omar', 'request-sent', 400), userEvent('omar', 'received', 300)]);
    expect(await sync(pendingRow(2))).toEqual({ added: 1 });
    expect((await historyOf(db, 'omar'))[0]).toMatchObject({ type: 'request-sent', source: 'page', at: daysAgo(2) });
  });

  it('records a new request after a refusal, but not the refused one', async () => {
    await appendEvents(db, [userEvent('omar', 'request-sent', 60), userEvent('omar', 'declined', 30)]);
    expect(await sync(pendingRow(45, 'the old words'))).toEqual({ added: 0 });
    expect(await sync(pendingRow(2))).toEqual({ added: 1 });
  });

  it('a request with new words while an earlier page request is open is the same request', async () => {
    expect(await sync(pendingRow(9, 'first words'))).toEqual({ added: 1 });
    expect(await sync(pendingRow(9, 'edited words'))).toEqual({ added: 0 });
  });

  it('does not bring back a pending request the user removed', async () => {
    await sync(pendingRow(2));
    await deleteEvent(db, pendingKey('omar', ASK), NOW);
    expect(await sync(pendingRow(3))).toEqual({ added: 0 });
  });

  it('goes through sync.profile, whose key must match the event', async () => {
    const call = backgroundCall(db);
    const facts = factsFromProfile(pendingRow(2), ME, NOW);
    expect(await call('sync.profile', facts)).toEqual({ added: 1 });
    for (const key of ['page:received:omar', 'page:request-sent:zoe:abc', 'page:request-sent:omar:', 'page:request-sent:omar:a:b']) {
      await expect(call('sync.profile', { contacts: [], events: [{ ...facts.events[0]!, key }] }), key).rejects.toThrow();
    }
    await expect(call('sync.profile', { contacts: [], events: [{ ...facts.events[0]!, type: 'agreed' as 'given' }] })).rejects.toThrow();
  });
});

describe('relationship from the page', () => {
  // [LinkedIn's kind, who the other person is when they wrote it, when I wrote it]
  const TABLE: [string, string, string][] = [
    ['RECOMMENDER_MANAGED_RECOMMENDEE', 'manager', 'report'],
    ['RECOMMENDER_REPORTED_TO_RECOMMENDEE', 'report', 'manager'],
    ['RECOMMENDER_SENIOR_THAN_RECOMMENDEE', 'senior', 'junior'],
    ['RECOMMENDEE_SENIOR_THAN_RECOMMENDER', 'junior', 'senior'],
    ['WORKED_IN_SAME_GROUP', 'peer', 'peer'],
    ['WORKED_IN_DIFFERENT_GROUPS', 'peer', 'peer'],
    ['WORKED_IN_DIFFERENT_COMPANIES', 'peer', 'peer'],
    ['RECOMMENDEE_CLIENT_OF_RECOMMENDER', 'client', 'client'],
    ['RECOMMENDER_CLIENT_OF_RECOMMENDEE', 'client', 'client'],
    ['RECOMMENDER_TAUGHT_RECOMMENDEE', 'classmate', 'mentee'],
    ['RECOMMENDER_ADVISED_RECOMMENDEE', 'mentor', 'mentee'],
    ['STUDIED_TOGETHER', 'classmate', 'classmate'],
  ];

  it('the table covers every kind LinkedIn names', () => {
    expect(TABLE.map((t) => t[0]).sort()).toEqual([...LINKEDIN_RELATIONSHIPS].sort());
    expect(Object.keys(RELATIONSHIP_FROM_LINKEDIN).sort()).toEqual([...LINKEDIN_RELATIONSHIPS].sort());
  });

  it.each(TABLE)('%s: they wrote it → %s; I wrote it → %s', (kind, theyWrote, iWrote) => {
    expect(relationshipFromLinkedIn(kind, 'they')).toBe(theyWrote);
    expect(relationshipFromLinkedIn(kind, 'i')).toBe(iWrote);
  });

  it.each(TABLE)('%s agrees with the request composer’s groups on the hierarchy', (kind) => {
    const k = kind as keyof typeof GROUP_ON_REQUEST_FORM;
    // The composer groups teachers with classmates and mentoring with mentors whichever way it ran; Vouch's own
    // vocabulary keeps the direction, so only those two kinds may differ, and only when the user wrote it.
    expect(groupForContact(relationshipFromLinkedIn(kind, 'they'))).toBe(GROUP_ON_REQUEST_FORM[k]);
    if (!['RECOMMENDER_TAUGHT_RECOMMENDEE', 'RECOMMENDER_ADVISED_RECOMMENDEE'].includes(kind)) {
      expect(groupForContact(relationshipFromLinkedIn(kind, 'i'))).toBe(GROUP_ON_WRITE_FORM[k]);
    }
  });

  it.each([undefined, '', 'SOMETHING_NEW', 'toString', '__proto__'])('%s is no relationship', (kind) => {
    expect(relationshipFromLinkedIn(kind, 'they')).toBeNull();
  });

  it.each([
    ['they recommended me: their manager line', reading('sam', [], [item(ME, { relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE' })]), { id: 'sam', relationship: 'manager' }],
    ['I recommended them: my manager line', reading('sam', [item(ME, { relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE' })], []), { id: 'sam', relationship: 'report' }],
    ['both ways: the first read wins', reading('sam', [item(ME, { relationship: 'RECOMMENDEE_SENIOR_THAN_RECOMMENDER' })], [item(ME, { relationship: 'RECOMMENDER_SENIOR_THAN_RECOMMENDEE' })]), { id: 'sam', relationship: 'senior' }],
    ['others’ lines say nothing about me', reading('sam', [item('zoe', { relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE' })], []), null],
  ])('on a connection’s profile, %s', (_, r, want) => {
    expect(factsFromProfile(r, ME, NOW).contacts).toEqual(want ? [want] : []);
  });

  it('on my own profile, each person’s line, from my side', () => {
    const own = reading(
      ME,
      [item('renee', { name: 'Renée', relationship: 'RECOMMENDER_ADVISED_RECOMMENDEE' })],
      [item('sam', { name: 'Sam', relationship: 'RECOMMENDER_ADVISED_RECOMMENDEE' }), item('zoe', { name: 'Zoe' })],
      true,
    );
    expect(factsFromProfile(own, ME, NOW).contacts).toEqual([
      { id: 'renee', name: 'Renée', relationship: 'mentor' },
      { id: 'sam', name: 'Sam', relationship: 'mentee' },
      { id: 'zoe', name: 'Zoe' },
    ]);
  });

  it('the own-profile fixture: Renée was my mentor, Sam a peer at another company', () => {
    const f = FIXTURES.find((x) => x.file === 'details-own-pending.html')!;
    const facts = factsFromProfile(readProfile(loadFixture(f), new URL(f.url)), null, NOW);
    expect(Object.fromEntries(facts.contacts.map((c) => [c.id, c.relationship ?? null]))).toEqual({
      'renee-lefevre': 'mentor',
      'sam-rivera': 'peer',
      'omar-haddad': null,
    });
  });

  describe('recording it', () => {
    let db: VouchDb;
    beforeEach(() => {
      db = freshDb();
    });
    afterEach(() => db.close());
    const theyManagedMe = reading('sam', [], [item(ME, { relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE' })]);

    it('sets the relationship of a contact who has none', async () => {
      await backgroundCall(db)('sync.profile', factsFromProfile(theyManagedMe, ME, NOW));
      expect((await db.contacts.get('sam'))?.relationship).toBe('manager');
    });

    it('never overwrites the one the user chose', async () => {
      await updateContactSettings(db, 'sam', { relationship: 'mentor' });
      await recordPageFacts(db, factsFromProfile(theyManagedMe, ME, NOW), NOW);
      expect((await db.contacts.get('sam'))?.relationship).toBe('mentor');
    });

    it('does not bring back one the user cleared, until the user sets one again', async () => {
      await updateContactSettings(db, 'sam', { relationship: 'mentor' });
      await updateContactSettings(db, 'sam', { relationship: null });
      await recordPageFacts(db, factsFromProfile(theyManagedMe, ME, NOW), NOW);
      expect((await db.contacts.get('sam'))?.relationship).toBeUndefined();
      await updateContactSettings(db, 'sam', { relationship: 'peer' });
      expect((await db.contacts.get('sam'))?.relationshipCleared).toBeUndefined();
    });

    it('lets the page suggest one again once the user undid their first choice', async () => {
      await updateContactSettings(db, 'sam', { relationship: 'mentor' });
      await backgroundCall(db)('contact.settings', { id: 'sam', relationship: null, relationshipCleared: false });
      expect((await db.contacts.get('sam'))?.relationshipCleared).toBeUndefined();
      await recordPageFacts(db, factsFromProfile(theyManagedMe, ME, NOW), NOW);
      expect((await db.contacts.get('sam'))?.relationship).toBe('manager');
      // A relationship that is set is never marked cleared, whatever the message says.
      await backgroundCall(db)('contact.settings', { id: 'sam', relationship: 'peer', relationshipCleared: true });
      expect(await db.contacts.get('sam')).toMatchObject({ relationship: 'peer' });
      expect((await db.contacts.get('sam'))?.relationshipCleared).toBeUndefined();
    });

    it('is validated at the boundary', async () => {
      await expect(
        backgroundCall(db)('sync.profile', { contacts: [{ id: 'sam', relationship: 'boss' as 'manager' }], events: [] }),
      ).rejects.toThrow();
    });
  });
});
