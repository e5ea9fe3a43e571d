import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfileCard } from '@/components/profile-card';
import type { ProfileReading } from '@/components/profile-card/types';
import type { RecommendationItem } from '@/storage/page-sync';
import type { Call } from '@/components/shared/client';
import type { VouchDb } from '@/storage/db';
import { appendEvents, historyOf } from '@/storage/repositories/events';
import { updateContactSettings, upsertContactFacts } from '@/storage/repositories/contacts';
import { recordProfile } from '@/components/profile-card/sync';
import { backgroundCall, daysAgo, freshDb, NOW, userEvent } from './helpers';

const VIEWER = { id: 'alex-kim', name: 'Alex Kim' };

function reading(over: Partial<ProfileReading> = {}, given: RecommendationItem[] = [], received: RecommendationItem[] = []): ProfileReading {
  return {
    contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam', headline: 'CTO at Acme' },
    viewer: VIEWER,
    isOwnProfile: false,
    recommendations: { received, given },
    missing: [],
    ...over,
  };
}
const me = (extra: Partial<RecommendationItem> = {}): RecommendationItem => ({ name: 'Alex Kim', profileId: 'alex-kim', ...extra });

let db: VouchDb;
let call: Call & ReturnType<typeof vi.fn>;
beforeEach(() => {
  db = freshDb();
  call = vi.fn(backgroundCall(db)) as unknown as Call & ReturnType<typeof vi.fn>;
});
afterEach(() => db.close());

/** As in the extension: the background records the page before the panel shows it (owes.ts). */
const record = async (profile: ProfileReading, viewer: typeof VIEWER | null = VIEWER) => {
  await recordProfile(call, profile, viewer?.id ?? null, NOW);
  call.mockClear();
};
const show = async (profile: ProfileReading) => {
  await record(profile);
  return render(<ProfileCard profile={profile} viewer={VIEWER} call={call} now={NOW} />);
};
const status = () => document.querySelector('.vouch-status')?.textContent;
const click = async (name: string | RegExp) => {
  const button = await screen.findByRole('button', { name });
  await act(async () => {
    fireEvent.click(button);
  });
};

describe('ProfileCard on a connection’s profile', () => {
  it('reads what the background recorded, and shows they recommended me, with a link to LinkedIn’s write form', async () => {
    await show(reading({}, [me({ date: daysAgo(40), text: 'Alex is great' })]));
    await waitFor(() => expect(status()).toBe("They recommended you — you haven't returned it yet"));
    expect(call.mock.calls.map((c) => c[0])).toEqual(['contact.summary']);
    expect(await db.contacts.get('sam-lee')).toMatchObject({ name: 'Sam Lee', headline: 'CTO at Acme' });
    expect(screen.getByText('They wrote it 40 days ago.')).toBeTruthy();
    expect(screen.getByText(/Thank them, then write one back/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /write form/ });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/sam-lee/edit/forms/recommendation/write/');
    expect(screen.getByText('They recommended you (seen on LinkedIn)')).toBeTruthy();
    expect(screen.getByText('Alex is great')).toBeTruthy();
  });

  it('says "You asked 12 days ago" from stored history', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'request-sent', 12)]);
    await show(reading());
    await waitFor(() => expect(status()).toBe('You asked 12 days ago'));
  });

  it('says "You\'re even" and offers nothing to do when recommendations went both ways', async () => {
    await show(reading({}, [me()], [me()]));
    await waitFor(() => expect(status()).toBe("You're even"));
    expect(document.querySelector('.vouch-next')).toBeNull();
  });

  it('links to the request form with the member URN, as LinkedIn’s More menu does', async () => {
    const urn = 'urn:li:fsd_profile:ACoAAB1234567890abcdefghijklmnopqrstuvwx';
    await show(reading({ contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam', memberUrn: urn } }, [], [me()]));
    await waitFor(() => expect(status()).toBe('You recommended them — nothing has come back'));
    expect(screen.getByRole('link', { name: /request form/ }).getAttribute('href')).toBe(
      `https://www.linkedin.com/in/sam-lee/edit/forms/recommendation/request/?profileUrn=${encodeURIComponent(urn)}`,
    );
  });

  it('offers a gentle request link when the user recommended them', async () => {
    await show(reading({}, [], [me()]));
    await waitFor(() => expect(status()).toBe('You recommended them — nothing has come back'));
    expect(screen.getByRole('link', { name: /request form/ }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/sam-lee/edit/forms/recommendation/request/',
    );
  });

  it('when the recommendations cannot be read yet, says so and still shows stored history', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'agreed', 3)]);
    await show(reading({ recommendations: null, missing: ['recommendations'] }));
    await waitFor(() => expect(status()).toBe('They agreed, nothing has arrived yet'));
    expect(screen.getByText(/can't read Sam's recommendations yet/)).toBeTruthy();
    expect(document.querySelector('.vouch-history-what')?.textContent).toBe('They agreed');
    expect(call.mock.calls.map((c) => c[0])).not.toContain('sync.profile');
  });

  describe('says what it cannot read, from what the reader names as missing', () => {
    const notice = () => Array.from(document.querySelectorAll('.notice.info')).map((p) => p.textContent).join(' ');

    it('the lazy card not rendered yet: wait and scroll', async () => {
      await show(reading({ recommendations: null, missing: ['recommendations'] }));
      await waitFor(() => expect(status()).toBe('Nothing yet'));
      expect(notice()).toMatch(/can't read Sam's recommendations yet: LinkedIn shows them once you scroll down to them/);
    });

    it('a card whose tabs cannot be read: not a matter of scrolling', async () => {
      await show(reading({ recommendations: null, missing: ['recommendations.tabs'] }));
      await waitFor(() => expect(status()).toBe('Nothing yet'));
      expect(notice()).toMatch(/can't read Sam's recommendations: it finds their card but not its Received and Given tabs/);
      expect(notice()).not.toMatch(/scroll/);
    });

    it('a page that could not be read at all', async () => {
      await show(reading({ recommendations: null, missing: ['page'] }));
      await waitFor(() => expect(status()).toBe('Nothing yet'));
      expect(notice()).toMatch(/can't read this part of the page: Sam's recommendations/);
      expect(notice()).not.toMatch(/scroll/);
    });

    it('one tab that cannot be read, while the other was', async () => {
      await show(reading({ missing: ['recommendations.given'] }, [], [me()]));
      await waitFor(() => expect(status()).toBe('You recommended them — nothing has come back'));
      expect(notice()).toMatch(/can't read the Given tab of Sam's recommendations, so what is there may be missing below/);
    });

    it('nothing when the page was read in full, whatever else is missing', async () => {
      await show(reading({ missing: ['memberUrn'] }));
      await waitFor(() => expect(status()).toBe('Nothing yet'));
      expect(notice()).toBe('');
    });
  });

  it('says it needs to know the user when no viewer is known', async () => {
    await record(reading({ viewer: null }, [me()]), null);
    render(<ProfileCard profile={reading({ viewer: null }, [me()])} viewer={null} call={call} now={NOW} />);
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    expect(screen.getByText(/doesn't know which profile is yours/)).toBeTruthy();
  });

  it('records "They agreed" in one click, and undoes it', async () => {
    await show(reading());
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    await click('They agreed');
    await waitFor(() => expect(status()).toBe('They agreed, nothing has arrived yet'));
    expect((await historyOf(db, 'sam-lee'))[0]).toMatchObject({ type: 'agreed', source: 'user', at: NOW });
    expect(screen.getByRole('status').textContent).toMatch(/Recorded: They agreed/);
    await click('Undo');
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    expect(await historyOf(db, 'sam-lee')).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/Undone/);
  });

  it.each([
    ['They asked me', 'They asked you for a recommendation'],
    ['They declined', 'They declined your request'],
  ])('records "%s"', async (button, sentence) => {
    await show(reading());
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    await click(button);
    await waitFor(() => expect(status()).toBe(sentence));
  });

  it('follows the etiquette: relationship first, one reminder, then let it go', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'request-sent', 20)]);
    await show(reading());
    await waitFor(() => expect(screen.getByText(/Say how you know them/)).toBeTruthy());
    await act(async () => {
      fireEvent.change(screen.getByLabelText('How you know Sam'), { target: { value: 'peer' } });
    });
    await waitFor(() => expect(screen.getByText(/Send one gentle reminder/)).toBeTruthy());
    expect(await db.contacts.get('sam-lee')).toMatchObject({ relationship: 'peer' });
    await click('I sent the reminder');
    await waitFor(() => expect(screen.getByText(/reminded them once already/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'I sent the reminder' })).toBeNull();
  });

  it('undoes a relationship change back to what it was', async () => {
    await updateContactSettings(db, 'sam-lee', { relationship: 'mentor' });
    await show(reading());
    const select = (await screen.findByLabelText('How you know Sam')) as HTMLSelectElement;
    expect(select.value).toBe('mentor');
    await act(async () => {
      fireEvent.change(select, { target: { value: '' } });
    });
    await waitFor(async () => expect((await db.contacts.get('sam-lee'))?.relationship).toBeUndefined());
    await click('Undo');
    await waitFor(async () => expect((await db.contacts.get('sam-lee'))?.relationship).toBe('mentor'));
  });

  /** Picks a relationship on the card, waits for it to be saved, then presses Undo. */
  async function chooseThenUndo(value: string) {
    await show(reading());
    const select = (await screen.findByLabelText('How you know Sam')) as HTMLSelectElement;
    await act(async () => {
      fireEvent.change(select, { target: { value } });
    });
    await waitFor(async () => expect((await db.contacts.get('sam-lee'))?.relationship).toBe(value));
    await click('Undo');
  }

  it('undoes a first relationship as if it had never been chosen, not as if the user had cleared it', async () => {
    await chooseThenUndo('peer');
    await waitFor(async () => expect((await db.contacts.get('sam-lee'))?.relationship).toBeUndefined());
    expect((await db.contacts.get('sam-lee'))?.relationshipCleared).toBeUndefined();
  });

  it('undoing a change keeps a relationship the user had cleared cleared', async () => {
    await updateContactSettings(db, 'sam-lee', { relationship: 'mentor' });
    await updateContactSettings(db, 'sam-lee', { relationship: null });
    await chooseThenUndo('peer');
    await waitFor(async () => expect((await db.contacts.get('sam-lee'))?.relationshipCleared).toBe(true));
    expect((await db.contacts.get('sam-lee'))?.relationship).toBeUndefined();
  });

  it('toggles do-not-nudge, and the next step respects it', async () => {
    await upsertContactFacts(db, { id: 'sam-lee', name: 'Sam Lee' });
    await updateContactSettings(db, 'sam-lee', { relationship: 'peer' });
    await appendEvents(db, [userEvent('sam-lee', 'agreed', 30)]);
    await show(reading());
    await waitFor(() => expect(screen.getByText(/Send one gentle reminder/)).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByLabelText('Never suggest reminding Sam'));
    });
    await waitFor(() => expect(screen.getByText(/You chose not to nudge them/)).toBeTruthy());
    expect((screen.getByLabelText('Never suggest reminding Sam') as HTMLInputElement).checked).toBe(true);
    await click('Undo');
    await waitFor(() => expect(screen.getByText(/Send one gentle reminder/)).toBeTruthy());
  });

  it('removes an event from the history and brings it back', async () => {
    const e = userEvent('sam-lee', 'declined', 2);
    await appendEvents(db, [e]);
    await show(reading());
    await waitFor(() => expect(status()).toBe('They declined your request'));
    await click(/Remove “They declined”/);
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    await click('Undo');
    await waitFor(() => expect(status()).toBe('They declined your request'));
  });

  it('adds a note from the keyboard-reachable form, and undoes it', async () => {
    await show(reading());
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    const toggle = screen.getByRole('button', { name: 'Add note' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click('Add note');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(screen.getByLabelText('Note about Sam'), { target: { value: 'Met at <b>PyCon</b>' } });
    await act(async () => {
      fireEvent.submit(screen.getByLabelText('Note about Sam').closest('form')!);
    });
    await waitFor(() => expect(screen.getByText('1 note saved.')).toBeTruthy());
    expect((await db.notes.toArray())[0]?.text).toBe('Met at <b>PyCon</b>');
    await click('Undo');
    await waitFor(() => expect(screen.queryByText('1 note saved.')).toBeNull());
    expect(await db.notes.count()).toBe(0);
  });

  it('shows page text as text, never as markup', async () => {
    await show(reading({}, [me({ text: '<img src=x onerror=alert(1)>' })]));
    await waitFor(() => expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy());
    expect(document.querySelector('img')).toBeNull();
  });

  it('drops characters that could disguise a text in the history, and keeps emoji whole', async () => {
    await show(reading({}, [me({ text: 'Great \u202Eevil\u202C work \u200Bon 👩‍👩‍👧‍👦 the launch' })]));
    const shown = await screen.findByText(/Great .*evil.* work on 👩‍👩‍👧‍👦 the launch/);
    expect(shown.textContent).toBe('Great evil work on 👩‍👩‍👧‍👦 the launch');
  });

  it('shows the background’s refusal as an alert and keeps working', async () => {
    const failing = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'events.append') throw new Error('Your disk is full: nothing was saved.');
      return backgroundCall(db)(type as never, payload as never);
    }) as unknown as Call;
    await record(reading());
    render(<ProfileCard profile={reading()} viewer={VIEWER} call={failing} now={NOW} />);
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    await click('They agreed');
    expect((await screen.findByRole('alert')).textContent).toMatch(/disk is full/);
    expect(status()).toBe('Nothing yet');
  });

  it('does not read again when re-rendered with the same reading, but does when the lazy card appears', async () => {
    const first = reading({ recommendations: null });
    const { rerender } = await show(first);
    await waitFor(() => expect(status()).toBe('Nothing yet'));
    rerender(<ProfileCard profile={{ ...first }} viewer={VIEWER} call={call} now={NOW} />);
    const count = call.mock.calls.length;
    expect(count).toBe(1);
    await record(reading({}, [me()]));
    rerender(<ProfileCard profile={reading({}, [me()])} viewer={VIEWER} call={call} now={NOW} />);
    await waitFor(() => expect(status()).toBe("They recommended you — you haven't returned it yet"));
    expect(call.mock.calls.map((c) => c[0])).toEqual(['contact.summary']);
  });
});

describe('OwnProfileSummary on the user’s own profile', () => {
  const own = (over: Partial<ProfileReading> = {}) =>
    reading({
      contact: { id: 'alex-kim', name: 'Alex Kim', firstName: 'Alex' },
      isOwnProfile: true,
      recommendations: {
        received: [{ name: 'Sam Lee', profileId: 'sam-lee', date: daysAgo(10) }, { name: 'Zoe Park', profileId: 'zoe-park' }],
        given: [{ name: 'Zoe Park', profileId: 'zoe-park' }],
      },
      ...over,
    });

  it('summarises the whole ledger, with every item the background recorded', async () => {
    await updateContactSettings(db, 'max-roe', { relationship: 'peer' });
    await upsertContactFacts(db, { id: 'max-roe', name: 'Max Roe' });
    await appendEvents(db, [userEvent('max-roe', 'request-sent', 20)]);
    await show(own());
    await screen.findByText('Your recommendations at a glance');
    await waitFor(() => expect(screen.getByText('You owe')).toBeTruthy());
    expect(call.mock.calls.map((c) => c[0])).toEqual(['ledger.summary']);
    const counts = screen.getByRole('list', { name: 'People by where you stand' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 even',
      '1 recommended you and wait for one back',
      '1 have not answered your request yet',
    ]);
    expect(screen.getByRole('link', { name: 'Sam Lee' }).getAttribute('href')).toBe('https://www.linkedin.com/in/sam-lee/');
    expect(screen.getByText('Follow-ups due')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Max Roe' })).toBeTruthy();
    expect(await db.contacts.get('alex-kim')).toBeUndefined(); // the user is not their own contact
  });

  it('names people known only from an import without a link (they have no LinkedIn address)', async () => {
    await upsertContactFacts(db, { id: 'import:dan-okafor', name: 'Dan Okafor' });
    await appendEvents(db, [{ contactId: 'import:dan-okafor', type: 'received', at: daysAgo(30), source: 'import', key: 'import:dan' }]);
    await show(own({ recommendations: { received: [], given: [] } }));
    const item = await screen.findByText((_, el) => el?.tagName === 'LI' && /^Dan Okafor —/.test(el.textContent ?? ''));
    expect(within(item).queryByRole('link')).toBeNull();
  });

  it('says when nothing is recorded, and when the page could not be read', async () => {
    await show(own({ recommendations: null, missing: ['recommendations'] }));
    await waitFor(() => expect(screen.getByText("Vouch hasn't recorded any recommendations yet.")).toBeTruthy());
    expect(screen.getByText(/can't read your recommendations on this page yet: LinkedIn shows them once you scroll/)).toBeTruthy();
  });

  it.each([
    [['recommendations.tabs'], /finds the card but not its Received and Given tabs/],
    [['page'], /can't read this part of the page: your recommendations/],
  ])('says what it could not read on the user’s own profile (%j)', async (missing, notice) => {
    await show(own({ recommendations: null, missing }));
    expect(await screen.findByText(notice)).toBeTruthy();
    expect(screen.queryByText(/scroll down/)).toBeNull();
  });
});
