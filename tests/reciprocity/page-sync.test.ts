import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factsFromProfile, pageKey, sameProfile, type PageItem, type PageReading } from '@/storage/page-sync';
import { recordPageFacts } from '@/storage/protocol/reciprocity';
import { appendEvents, historyOf } from '@/storage/repositories/events';
import { updateContactSettings } from '@/storage/repositories/contacts';
import { deleteEvent } from '@/storage/repositories/history-edit';
import { statusOf } from '@/storage/repositories/status';
import type { VouchDb } from '@/storage/db';
import { backgroundCall, daysAgo, freshDb, NOW, userEvent } from './helpers';

const ME = 'alex-kim';
const item = (profileId: string, extra: Partial<PageItem> = {}): PageItem => ({ name: profileId.toUpperCase(), profileId, ...extra });
const reading = (id: string, received: PageItem[], given: PageItem[], isOwnProfile = false): PageReading => ({
  contact: { id },
  isOwnProfile,
  recommendations: { received, given },
});

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
