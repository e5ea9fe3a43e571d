import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactView } from '@/components/dashboard/ContactView';
import { FollowUpsView } from '@/components/dashboard/FollowUpsView';
import { ImportView } from '@/components/dashboard/ImportView';
import { LedgerView } from '@/components/dashboard/LedgerView';
import { contact, event, freshDb, giveElementsHeight, renderView } from './helpers';

/** What a hostile name, headline or text may hold: markup, links, direction overrides, invisibles. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned = 1</script>',
  'javascript:alert(1)',
  'Sam \u202Eniveк\u202C Lee',
  'Ze\u200Bro\u2060 Width',
  '👩‍👩‍👧‍👦 Émilie',
].join(' ');
const HUGE_NAME = `${HOSTILE} ${'Long'.repeat(2_500)}`;

let restoreHeight: () => void;
beforeEach(() => {
  (window as any).__pwned = undefined;
  // The ledger's virtual list renders only what fits in a viewport, which happy-dom does not lay out.
  restoreHeight = giveElementsHeight();
});
afterEach(() => restoreHeight());

async function seeded() {
  const db = freshDb();
  await db.contacts.add(contact('sam-lee', HUGE_NAME, { headline: HOSTILE, company: HOSTILE, relationship: 'peer' }));
  await db.events.bulkAdd([event('sam-lee', 'request-sent', 30, { text: HOSTILE })]);
  await db.notes.add({ contactId: 'sam-lee', at: new Date(), text: HOSTILE });
  await db.ambiguities.add({ createdAt: new Date(), row: { name: HUGE_NAME, type: 'received', at: new Date(), text: HOSTILE, key: 'k' }, candidates: ['sam-lee', 'x'] });
  return db;
}

function expectInert(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, object, embed')).toBeNull();
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  expect((window as any).__pwned).toBeUndefined();
  // Nothing shown can turn the text around or hide characters in it.
  expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u2060]/);
}

describe('untrusted text in the dashboard', () => {
  it.each([
    ['the ledger', () => <LedgerView />],
    ['the contact view', () => <ContactView contactId="sam-lee" />],
    ['the follow-ups', () => <FollowUpsView />],
    ['the import questions', () => <ImportView />],
  ])('renders inert and short in %s, and the stored text stays intact', async (_view, ui) => {
    const db = await seeded();
    const { container } = renderView(ui(), db);
    // Wait for the stored texts to be on screen, not only the view's frame.
    await waitFor(() => expect(container.textContent).toContain('<img src=x'));
    if (!/follow-ups|ledger/.test(_view)) await waitFor(() => expect(container.textContent).toContain('Width 👩‍👩‍👧‍👦 Émilie'));
    expectInert(container);
    // A 10,000-character name is cut for display, whole emoji and all.
    const names = [...container.querySelectorAll('[title]')].map((el) => el.textContent ?? '').filter((t) => t.startsWith('<img'));
    for (const shown of names) expect(shown.length).toBeLessThan(200);
    expect(container.textContent).not.toContain('Long'.repeat(100));
    expect((await db.contacts.get('sam-lee'))?.name).toBe(HUGE_NAME);
    expect(screen.queryAllByText(/\uFFFD/)).toEqual([]);
  });
});
