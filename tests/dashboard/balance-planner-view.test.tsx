import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BalanceView } from '@/components/dashboard/BalanceView';
import { PlannerView } from '@/components/dashboard/PlannerView';
import { useNav } from '@/components/dashboard/store';
import { appendEvents } from '@/storage/repositories/events';
import { addNote } from '@/storage/repositories/notes';
import { ago, contact, event, freshDb, renderView } from './helpers';

async function seeded() {
  const db = freshDb();
  await db.contacts.bulkAdd([
    contact('boss', 'Jane Boss', { relationship: 'manager' }),
    contact('pal', 'Sam Pal', { relationship: 'peer' }),
    contact('pal2', 'Ana Pal', { relationship: 'peer' }),
    contact('lead', 'Lee Lead', { relationship: 'report' }),
    contact('owes', 'Olu Owes', { relationship: 'client' }),
    contact('fresh', 'Fay Fresh'),
    contact('stranger', 'Stan Ger'),
  ]);
  await appendEvents(db, [
    event('pal', 'received', 30),
    event('pal2', 'received', 20),
    event('pal2', 'given', 19),
    event('owes', 'given', 60),
    event('stranger', 'received', 10),
  ]);
  await addNote(db, 'fresh', 'Paired on the launch', ago(7));
  return db;
}

describe('BalanceView', () => {
  it('charts received and given by source, and says which levels are missing', async () => {
    renderView(<BalanceView />, await seeded());
    const chart = await screen.findByRole('table');
    const peers = within(chart).getByRole('row', { name: /Peers/ });
    expect(peers.textContent).toContain('2 received');
    expect(peers.textContent).toContain('1 given');
    expect(within(chart).getByRole('row', { name: /Clients/ }).textContent).toContain('1 given');
    expect(within(chart).getByRole('row', { name: /Relationship not set/ }).textContent).toContain('1 received');
    const missing = screen.getByRole('region', { name: 'What is missing' });
    expect(missing.textContent).toContain('from above');
    expect(missing.textContent).toContain('from below');
    expect(missing.textContent).not.toContain('from beside');
    expect(screen.getByText(/You have received 3 recommendations and given 2/)).toBeTruthy();
  });

  it('reads as balanced when above, beside and below have spoken', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([contact('a', 'A A', { relationship: 'senior' }), contact('b', 'B B', { relationship: 'classmate' }), contact('c', 'C C', { relationship: 'junior' })]);
    await appendEvents(db, [event('a', 'received', 1), event('b', 'received', 1), event('c', 'received', 1)]);
    renderView(<BalanceView />, db);
    expect(await screen.findByText(/voices from above, beside and below/)).toBeTruthy();
  });
});

describe('PlannerView', () => {
  it('shows one person at a time, with a reason and links, and moves on when asked', async () => {
    renderView(<PlannerView />, await seeded());
    const first = await screen.findByRole('article');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(within(first).getByRole('heading', { name: 'Jane Boss' })).toBeTruthy();
    expect(first.textContent).toContain('no recommendation from a manager');
    expect(within(first).getByRole('link', { name: /request form/ }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/boss/edit/forms/recommendation/request/',
    );
    expect(first.textContent).toContain('suggestion 1 of');

    fireEvent.click(within(first).getByRole('button', { name: /Not now/ }));
    await waitFor(() => expect(within(screen.getByRole('article')).getByRole('heading').textContent).not.toBe('Jane Boss'));
    const names: string[] = [];
    while (screen.queryByRole('article')) {
      names.push(within(screen.getByRole('article')).getByRole('heading').textContent!);
      fireEvent.click(within(screen.getByRole('article')).getByRole('button', { name: /Not now/ }));
    }
    expect(names).toEqual(['Lee Lead', 'Olu Owes', 'Fay Fresh']);
    expect(screen.getByText('That was everyone for now.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(within(await screen.findByRole('article')).getByRole('heading').textContent).toBe('Jane Boss');
  });

  it('opens the suggested person’s history', async () => {
    renderView(<PlannerView />, await seeded());
    fireEvent.click(within(await screen.findByRole('article')).getByRole('button', { name: 'See their history' }));
    expect(useNav.getState().contactId).toBe('boss');
  });

  it('explains what feeds it when there is nothing to suggest', async () => {
    renderView(<PlannerView />, freshDb());
    expect(await screen.findByText(/No suggestion for now/)).toBeTruthy();
  });
});
