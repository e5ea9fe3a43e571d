import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FollowUpsView } from '@/components/dashboard/FollowUpsView';
import { appendEvents } from '@/storage/repositories/events';
import { saveTemplate } from '@/storage/repositories/templates';
import { updateSettings } from '@/storage/settings';
import { VouchError, type Call } from '@/components/shared/client';
import { backgroundFor, contact, event, freshDb, NOW, renderView } from './helpers';

async function seeded() {
  const db = freshDb();
  await db.contacts.bulkAdd([
    contact('sam', 'Sam Rivera', { relationship: 'peer', firstName: 'Sam' }),
    contact('kim', 'Kim Lee', { relationship: 'classmate' }),
    contact('boss', 'Jane Boss', { relationship: 'manager' }),
    contact('fresh', 'Fresh Ask', { relationship: 'peer' }),
  ]);
  await appendEvents(db, [
    event('sam', 'request-sent', 14),
    event('kim', 'request-sent', 30),
    event('boss', 'request-sent', 40),
    event('fresh', 'request-sent', 3),
  ]);
  return db;
}

const card = (name: string) => screen.getByRole('listitem', { name });

describe('FollowUpsView', () => {
  it('lists what is due today and what is overdue, never higher-ups or fresh asks', async () => {
    renderView(<FollowUpsView />, await seeded());
    const today = await screen.findByRole('region', { name: 'Due today' });
    const overdue = screen.getByRole('region', { name: 'Overdue' });
    expect(within(today).getByRole('listitem', { name: 'Sam Rivera' })).toBeTruthy();
    expect(within(overdue).getByRole('listitem', { name: 'Kim Lee' }).textContent).toContain('overdue by 16 days');
    expect(screen.queryByText('Jane Boss')).toBeNull();
    expect(screen.queryByText('Fresh Ask')).toBeNull();
  });

  it('renders the message from the follow-up templates with the person’s first name and the user’s', async () => {
    await updateSettings({ viewer: { id: 'me', name: 'Alex Morgan' } });
    renderView(<FollowUpsView />, await seeded());
    await screen.findByRole('region', { name: 'Due today' });
    const message = await within(card('Sam Rivera')).findByLabelText('Message for Sam Rivera');
    await waitFor(() => expect(message.textContent).toMatch(/^Hi Sam,/));
    expect(message.textContent).toContain('Alex Morgan');
    expect(message.textContent).not.toMatch(/[{}[\]]/);
  });

  it('never shows an empty message or a Copy button with nothing to copy while the templates are read', async () => {
    // Every state the page passes through is looked at, not only the last one.
    const seen: string[] = [];
    const look = () => {
      for (const m of document.querySelectorAll('[aria-label^="Message for"]')) seen.push(`message:${m.textContent}`);
      for (const b of document.querySelectorAll('button')) if (b.textContent === 'Copy message') seen.push('copy');
      if (document.body.textContent?.includes('Preparing the message…')) seen.push('preparing');
    };
    const watcher = new MutationObserver(look);
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      renderView(<FollowUpsView />, await seeded());
      const message = await within(await screen.findByRole('listitem', { name: 'Sam Rivera' })).findByLabelText('Message for Sam Rivera');
      expect(message.textContent).toMatch(/^Hi Sam,/);
      look();
    } finally {
      watcher.disconnect();
    }
    expect(seen).toContain('preparing');
    expect(seen).toContain('copy');
    expect(seen.filter((s) => s === 'message:')).toEqual([]);
  });

  it('uses the user’s edit of a built-in template', async () => {
    const db = await seeded();
    await saveTemplate(db, { id: 'builtin:peer:follow-up:1', group: 'peer', kind: 'follow-up', name: 'Mine', body: 'Yo {firstName}, any news?' });
    renderView(<FollowUpsView />, db);
    await screen.findByRole('region', { name: 'Due today' });
    await waitFor(() => expect(within(card('Sam Rivera')).getByLabelText('Message for Sam Rivera').textContent).toBe('Yo Sam, any news?'));
  });

  it('copies the message', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    renderView(<FollowUpsView />, await seeded());
    await screen.findByRole('region', { name: 'Due today' });
    const message = await within(card('Sam Rivera')).findByLabelText('Message for Sam Rivera');
    expect(message.textContent).not.toBe('');
    fireEvent.click(within(card('Sam Rivera')).getByRole('button', { name: 'Copy message' }));
    await waitFor(() => expect(copied).toEqual([message.textContent]));
  });

  it('marks a reminder as sent, which ends the follow-up; undo brings it back', async () => {
    const db = await seeded();
    renderView(<FollowUpsView />, db);
    await screen.findByRole('region', { name: 'Due today' });
    fireEvent.click(within(card('Sam Rivera')).getByRole('button', { name: 'I sent it' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Sam Rivera' })).toBeNull());
    expect((await db.events.where('contactId').equals('sam').toArray()).map((e) => e.type)).toContain('reminder-sent');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem', { name: 'Sam Rivera' })).toBeTruthy();
  });

  it('snoozes a contact for a week and lists it as snoozed', async () => {
    const db = await seeded();
    renderView(<FollowUpsView />, db);
    await screen.findByRole('region', { name: 'Overdue' });
    fireEvent.click(within(card('Kim Lee')).getByRole('button', { name: /Snooze/ }));
    await waitFor(async () => expect((await db.contacts.get('kim'))!.snoozedUntil!.getTime()).toBe(NOW.getTime() + 7 * 86_400_000));
    const snoozed = await screen.findByRole('region', { name: 'Snoozed' });
    fireEvent.click(within(snoozed).getByRole('button', { name: /Wake Kim Lee/ }));
    await waitFor(async () => expect((await db.contacts.get('kim'))!.snoozedUntil).toBeUndefined());
  });

  it('says on the card or the snoozed list when the background could not save, and changes nothing', async () => {
    const db = await seeded();
    await db.contacts.update('sam', { snoozedUntil: new Date(NOW.getTime() + 86_400_000) });
    const real = backgroundFor(db);
    const full = 'Your disk is full: nothing was saved. Free some space and try again.';
    const send = (async (type, payload) => {
      if (type === 'contact.settings' || type === 'events.append') throw new VouchError(full);
      return real.send(type, payload);
    }) as Call;
    renderView(<FollowUpsView />, db, { background: { send } });
    await screen.findByRole('region', { name: 'Overdue' });
    fireEvent.click(within(card('Kim Lee')).getByRole('button', { name: 'I sent it' }));
    expect((await within(card('Kim Lee')).findByRole('alert')).textContent).toBe(full);
    const snoozed = await screen.findByRole('region', { name: 'Snoozed' });
    fireEvent.click(within(snoozed).getByRole('button', { name: /Wake Sam Rivera/ }));
    expect((await within(snoozed).findByRole('alert')).textContent).toBe(full);
    expect((await db.contacts.get('sam'))!.snoozedUntil).toBeInstanceOf(Date);
    expect(await db.events.where('type').equals('reminder-sent').count()).toBe(0);
  });

  it('says so when nothing is due', async () => {
    renderView(<FollowUpsView />, freshDb());
    expect(await screen.findByText('Nothing to follow up today.')).toBeTruthy();
  });
});
