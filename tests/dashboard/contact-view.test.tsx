import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactView } from '@/components/dashboard/ContactView';
import { saveDraft } from '@/storage/repositories/drafts';
import { appendEvents } from '@/storage/repositories/events';
import { addNote } from '@/storage/repositories/notes';
import { contact, event, freshDb, isDisabled, renderView } from './helpers';
import { NEWER_DATA_MESSAGE } from '@/storage/open';

async function seeded() {
  const db = freshDb();
  await db.contacts.add(contact('jane-doe', 'Jane Doe', { relationship: 'peer', headline: 'Engineer at Northwind' }));
  await appendEvents(db, [
    event('jane-doe', 'request-sent', 20, { key: 'mine', text: 'Hi Jane, would you…' }),
    event('jane-doe', 'received', 2, { key: 'seen', source: 'page', text: 'Jane was great.' }),
  ]);
  await addNote(db, 'jane-doe', 'Shipped billing together.');
  await saveDraft(db, 'jane-doe', 'write', 'Jane is the calmest engineer I know.');
  return db;
}

const history = () => within(screen.getByRole('region', { name: 'History' }));
/** Waits for the contact to load and its history to show the given text. */
const historyWith = async (text: string) => {
  await screen.findByRole('region', { name: 'History' });
  return history().findByText(text);
};

describe('ContactView', () => {
  it('shows the standing, the timeline, notes and drafts', async () => {
    renderView(<ContactView contactId="jane-doe" />, await seeded());
    expect(await screen.findByRole('heading', { name: 'Jane Doe', level: 2 })).toBeTruthy();
    expect(screen.getByText('You owe one')).toBeTruthy();
    expect(await historyWith('Jane was great.')).toBeTruthy();
    expect(history().getByText('They recommended you', { selector: 'strong' })).toBeTruthy();
    expect(await screen.findByText('Shipped billing together.')).toBeTruthy();
    expect(await screen.findByText('Jane is the calmest engineer I know.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /LinkedIn profile/ }).getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe/');
  });

  it('lets the user edit what they entered, but only remove what LinkedIn showed', async () => {
    renderView(<ContactView contactId="jane-doe" />, await seeded());
    await historyWith('Jane was great.');
    const items = history().getAllByRole('listitem');
    const seen = items.find((li) => li.textContent!.includes('Jane was great.'))!;
    const mine = items.find((li) => li.textContent!.includes('Hi Jane'))!;
    expect(within(seen).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(seen).getByRole('button', { name: 'Remove' })).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('adds an event by hand, and undoes it', async () => {
    const db = await seeded();
    renderView(<ContactView contactId="jane-doe" />, db);
    await historyWith('Jane was great.');
    const form = screen.getByRole('group', { name: 'Add to the history' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'What happened' }), { target: { value: 'thanked' } });
    fireEvent.change(within(form).getByLabelText('When'), { target: { value: '2025-05-30' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Details/ }), { target: { value: 'Sent a card' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await history().findByText('Sent a card')).toBeTruthy();
    const added = (await db.events.where('contactId').equals('jane-doe').toArray()).find((e) => e.type === 'thanked')!;
    expect(added).toMatchObject({ source: 'user', text: 'Sent a card' });
    expect(added.at.getDate()).toBe(30);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(history().queryByText('Sent a card')).toBeNull());
    expect((await db.events.get(added.seq!))!.deletedAt).toBeInstanceOf(Date);
  });

  it('edits an event and undoes the edit', async () => {
    const db = await seeded();
    renderView(<ContactView contactId="jane-doe" />, db);
    const mine = (await historyWith('Hi Jane, would you…')).closest('li')!;
    fireEvent.click(within(mine).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('group', { name: 'Change this event' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Details/ }), { target: { value: 'Asked over coffee' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await history().findByText('Asked over coffee')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await history().findByText('Hi Jane, would you…')).toBeTruthy();
    expect((await db.events.where('key').equals('mine').first())!.text).toBe('Hi Jane, would you…');
  });

  it('removes a page event and brings it back', async () => {
    const db = await seeded();
    renderView(<ContactView contactId="jane-doe" />, db);
    const seen = (await historyWith('Jane was great.')).closest('li')!;
    fireEvent.click(within(seen).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(history().queryByText('Jane was great.')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await history().findByText('Jane was great.')).toBeTruthy();
  });

  it('saves the relationship, the reminder delay and do-not-nudge', async () => {
    const db = await seeded();
    renderView(<ContactView contactId="jane-doe" />, db);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Relationship' }), { target: { value: 'mentor' } });
    await waitFor(async () => expect((await db.contacts.get('jane-doe'))!.relationship).toBe('mentor'));
    const days = screen.getByRole('textbox', { name: /Remind after/ });
    fireEvent.change(days, { target: { value: '400' } });
    fireEvent.blur(days);
    expect((await screen.findByRole('alert')).textContent).toMatch(/between 1 and 365/);
    fireEvent.change(days, { target: { value: '21' } });
    fireEvent.blur(days);
    await waitFor(async () => expect((await db.contacts.get('jane-doe'))!.reminderAfterDays).toBe(21));
    fireEvent.click(screen.getByRole('checkbox', { name: /Never suggest reminding/ }));
    await waitFor(async () => expect((await db.contacts.get('jane-doe'))!.doNotNudge).toBe(true));
  });

  it('adds and removes notes with undo', async () => {
    const db = await seeded();
    renderView(<ContactView contactId="jane-doe" />, db);
    fireEvent.change(await screen.findByRole('textbox', { name: 'New note' }), { target: { value: 'Loves diagrams' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const li = (await screen.findByText('Loves diagrams', { selector: 'p' })).closest('li')!;
    fireEvent.click(within(li).getByRole('button', { name: 'Remove note' }));
    await waitFor(() => expect(screen.queryByText('Loves diagrams', { selector: 'p' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Loves diagrams', { selector: 'p' })).toBeTruthy();
  });

  it('disables every write when the data is read-only', async () => {
    renderView(<ContactView contactId="jane-doe" />, await seeded(), { readOnlyReason: NEWER_DATA_MESSAGE });
    await historyWith('Jane was great.');
    for (const name of ['Remove', 'Edit', 'Add', 'Add note', 'Remove note', 'Remove draft']) {
      for (const b of screen.getAllByRole('button', { name })) expect(isDisabled(b), name).toBe(true);
    }
    expect(isDisabled(screen.getByRole('combobox', { name: 'Relationship' }))).toBe(true);
  });

  it('treats page text as text, never markup', async () => {
    const db = freshDb();
    await db.contacts.add(contact('x', '<img src=x onerror=alert(1)>'));
    await act(() => appendEvents(db, [event('x', 'received', 1, { text: '<b>bold</b>' })]));
    const { container } = renderView(<ContactView contactId="x" />, db);
    expect(await screen.findByText('<b>bold</b>')).toBeTruthy();
    expect(container.querySelector('img, b')).toBeNull();
  });
});
