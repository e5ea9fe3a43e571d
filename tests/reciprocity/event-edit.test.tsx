import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfileCard } from '@/components/profile-card';
import { isoDay } from '@/components/profile-card/words';
import type { ProfileReading } from '@/components/profile-card/types';
import type { Call } from '@/components/shared/client';
import type { VouchDb } from '@/storage/db';
import { pendingKey } from '@/storage/event-keys';
import { appendEvents, historyOf } from '@/storage/repositories/events';
import { upsertContactFacts } from '@/storage/repositories/contacts';
import { recordProfile } from '@/components/profile-card/sync';
import { backgroundCall, daysAgo, freshDb, NOW, userEvent } from './helpers';

const VIEWER = { id: 'alex-kim', name: 'Alex Kim' };
const reading = (over: Partial<ProfileReading> = {}): ProfileReading => ({
  contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam' },
  viewer: VIEWER,
  isOwnProfile: false,
  recommendations: { received: [], given: [] },
  missing: [],
  ...over,
});

let db: VouchDb;
let call: Call & ReturnType<typeof vi.fn>;
beforeEach(() => {
  db = freshDb();
  call = vi.fn(backgroundCall(db)) as unknown as Call & ReturnType<typeof vi.fn>;
});
afterEach(() => db.close());

/** As in the extension: the background records the page before the panel shows it (owes.ts). */
const show = async (profile = reading()) => {
  await recordProfile(call, profile, VIEWER.id, NOW);
  call.mockClear();
  return render(<ProfileCard profile={profile} viewer={VIEWER} call={call} now={NOW} />);
};
const status = () => document.querySelector('.vouch-status')?.textContent;
const press = async (el: Element) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

describe('editing an event from the card’s history', () => {
  it('changes the date and the words of an event the user entered, from the keyboard, and undoes it', async () => {
    const asked = userEvent('sam-lee', 'request-sent', 12, { text: 'asked over coffee' });
    await appendEvents(db, [asked]);
    await show();
    await waitFor(() => expect(status()).toBe('You asked 12 days ago'));

    const edit = screen.getByRole('button', { name: /^Edit “You asked for a recommendation”/ });
    await press(edit);
    const form = screen.getByRole('form', { name: 'Edit “You asked for a recommendation”' });
    const day = screen.getByLabelText('When') as HTMLInputElement;
    const text = screen.getByLabelText('Details (optional)') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(day);
    expect(day.value).toBe(isoDay(daysAgo(12)));
    expect(text.value).toBe('asked over coffee');

    fireEvent.change(day, { target: { value: isoDay(daysAgo(5)) } });
    fireEvent.change(text, { target: { value: '  asked at the meetup ' } });
    await act(async () => {
      fireEvent.submit(form);
    });
    await waitFor(() => expect(document.querySelector('.vouch-history-text')?.textContent).toBe('asked at the meetup'));
    const [changed] = await historyOf(db, 'sam-lee');
    expect(changed).toMatchObject({ key: asked.key, type: 'request-sent', source: 'user', text: 'asked at the meetup' });
    expect(isoDay(changed!.at)).toBe(isoDay(daysAgo(5)));
    expect(status()).toMatch(/^You asked [45] days ago$/);
    expect(screen.getByRole('status').textContent).toMatch(/Changed: You asked for a recommendation/);
    expect(screen.queryByRole('form')).toBeNull();
    // Focus goes back to the event's Edit button.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));

    await press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status()).toBe('You asked 12 days ago'));
    expect((await historyOf(db, 'sam-lee'))[0]).toMatchObject({ key: asked.key, at: daysAgo(12), text: 'asked over coffee' });
    await waitFor(() => expect(document.querySelector('.vouch-history-text')?.textContent).toBe('asked over coffee'));
  });

  it('clearing the words removes the text, and undo brings it back; the same day keeps its time', async () => {
    const asked = userEvent('sam-lee', 'agreed', 3, { text: 'said yes on the phone' });
    await appendEvents(db, [asked]);
    await show();
    await waitFor(() => expect(status()).toBe('They agreed, nothing has arrived yet'));
    await press(screen.getByRole('button', { name: /^Edit “They agreed”/ }));
    fireEvent.change(screen.getByLabelText('Details (optional)'), { target: { value: '   ' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form'));
    });
    await waitFor(async () => expect((await historyOf(db, 'sam-lee'))[0]?.text).toBeUndefined());
    expect((await historyOf(db, 'sam-lee'))[0]?.at).toEqual(daysAgo(3));
    expect(call.mock.calls.find((c) => c[0] === 'events.update')?.[1]).toEqual({ key: asked.key, text: null });
    await press(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await historyOf(db, 'sam-lee'))[0]?.text).toBe('said yes on the phone'));
  });

  it('Escape and Cancel leave the event as it was, and saving nothing changed sends nothing', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'declined', 2, { text: 'not now' })]);
    await show();
    await waitFor(() => expect(status()).toBe('They declined your request'));
    const edit = screen.getByRole('button', { name: /^Edit “They declined”/ });
    await press(edit);
    fireEvent.change(screen.getByLabelText('Details (optional)'), { target: { value: 'something else' } });
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('Details (optional)'), { key: 'Escape' });
    });
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));
    await press(screen.getByRole('button', { name: /^Edit “They declined”/ }));
    expect((screen.getByLabelText('Details (optional)') as HTMLTextAreaElement).value).toBe('not now');
    await press(screen.getByRole('button', { name: 'Cancel' }));
    await press(screen.getByRole('button', { name: /^Edit “They declined”/ }));
    await act(async () => {
      fireEvent.submit(screen.getByRole('form'));
    });
    expect(screen.queryByRole('form')).toBeNull();
    expect(call.mock.calls.map((c) => c[0])).not.toContain('events.update');
    expect((await historyOf(db, 'sam-lee'))[0]?.text).toBe('not now');
  });

  it('an impossible date cannot be saved', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'declined', 2)]);
    await show();
    await waitFor(() => expect(status()).toBe('They declined your request'));
    await press(screen.getByRole('button', { name: /^Edit “They declined”/ }));
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '' } });
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText('When').getAttribute('aria-invalid')).toBe('true');
  });

  it('what LinkedIn or an import said can be removed, not edited', async () => {
    await appendEvents(db, [
      { contactId: 'sam-lee', type: 'received', at: daysAgo(40), source: 'page', key: 'page:received:sam-lee' },
      { contactId: 'sam-lee', type: 'given', at: daysAgo(50), source: 'import', key: 'import:given:sam-lee' },
    ]);
    await show();
    await waitFor(() => expect(status()).toBe("You're even"));
    expect(screen.getAllByRole('button', { name: /^Remove/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('a refused edit is shown as an alert and the editor stays open', async () => {
    await appendEvents(db, [userEvent('sam-lee', 'declined', 2)]);
    const failing = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'events.update') throw new Error('That event is no longer in your history.');
      return backgroundCall(db)(type as never, payload as never);
    }) as unknown as Call;
    render(<ProfileCard profile={reading()} viewer={VIEWER} call={failing} now={NOW} />);
    await waitFor(() => expect(status()).toBe('They declined your request'));
    await press(screen.getByRole('button', { name: /^Edit “They declined”/ }));
    fireEvent.change(screen.getByLabelText('Details (optional)'), { target: { value: 'x' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form'));
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer in your history/);
    expect(screen.getByRole('form')).toBeTruthy();
  });
});

describe('own profile: pending requests are synced with the rest', () => {
  it('a pending row becomes a request the user is waiting on, once', async () => {
    await upsertContactFacts(db, { id: 'omar-haddad', name: 'Omar Haddad' });
    const own = reading({
      contact: { id: 'alex-kim', name: 'Alex Kim', firstName: 'Alex' },
      isOwnProfile: true,
      recommendations: {
        received: [],
        given: [],
        pending: [{ name: 'Omar Haddad', profileId: 'omar-haddad', date: daysAgo(2), text: 'Hi Omar, can you write me a recommendation?' }],
      } as ProfileReading['recommendations'],
    });
    await show(own);
    await waitFor(() => expect(document.querySelector('li[data-status="waiting"]')?.textContent).toBe('1 have not answered your request yet'));
    expect(await historyOf(db, 'omar-haddad')).toMatchObject([
      { type: 'request-sent', source: 'page', key: pendingKey('omar-haddad', 'Hi Omar, can you write me a recommendation?') },
    ]);
  });
});
