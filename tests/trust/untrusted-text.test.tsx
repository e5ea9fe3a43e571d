import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { ProfileCard } from '@/components/profile-card';
import { recordProfile } from '@/components/profile-card/sync';
import { RequestComposer } from '@/components/request/RequestComposer';
import type { Call } from '@/components/shared/client';
import type { TextBoxHandle } from '@/components/shared/panel-api';
import type { VouchDb } from '@/storage/db';
import { backgroundCall, daysAgo, freshDb, NOW } from '../reciprocity/helpers';

/**
 * Names, headlines and recommendation texts from LinkedIn or an import are data: whatever they
 * contain renders as inert text, is cut short for display, and is stored exactly as it came.
 */
const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  'Sam \u202Eniveк\u202C Lee',
  'Ze\u200Bro\u2060 Width',
  '👩‍👩‍👧‍👦 Émilie 🚀',
].join(' ');
const HUGE_NAME = `${HOSTILE} ${'Long'.repeat(2_500)}`; // over 10,000 characters

let db: VouchDb;
let call: Call;
beforeEach(() => {
  db = freshDb();
  call = vi.fn(backgroundCall(db)) as unknown as Call;
  (window as any).__pwned = undefined;
});
afterEach(() => db.close());

function expectInert(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, object, embed')).toBeNull();
  for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').toMatch(/^https:\/\/www\.linkedin\.com\//);
  expect((window as any).__pwned).toBeUndefined();
}

const box: TextBoxHandle = {
  read: () => HOSTILE,
  fill: async () => ({ ok: true }),
  undo: async () => false,
  subscribe: () => () => {},
};

describe('untrusted text', () => {
  it('is stored intact, 10,000 characters and all', async () => {
    await call('contact.upsert', { id: 'sam-lee', name: HUGE_NAME, headline: HOSTILE });
    await call('events.append', { events: [{ contactId: 'sam-lee', type: 'received', at: daysAgo(3), source: 'page', key: 'page:received:sam-lee', text: HOSTILE }] });
    const stored = await db.contacts.get('sam-lee');
    expect(stored!.name).toBe(HUGE_NAME);
    expect(stored!.headline).toBe(HOSTILE);
    expect((await db.events.toArray())[0]!.text).toBe(HOSTILE);
  });

  it('renders inert and short in the profile card', async () => {
    const profile = {
      contact: { id: 'sam-lee', name: HUGE_NAME, firstName: HUGE_NAME, headline: HOSTILE },
      viewer: { id: 'alex-kim', name: 'Alex Kim' },
      isOwnProfile: false,
      recommendations: { received: [], given: [{ name: HUGE_NAME, profileId: 'alex-kim', text: HOSTILE, date: daysAgo(5) }] },
      missing: [],
    };
    await recordProfile(call, profile, profile.viewer.id, NOW);
    const { container } = render(<ProfileCard profile={profile} viewer={profile.viewer} call={call} now={NOW} />);
    await waitFor(() => expect(container.textContent).toContain("They recommended you"));
    expectInert(container);
    const heading = screen.getAllByRole('heading')[0]!;
    expect(heading.textContent!.length).toBeLessThan(80);
    expect(heading.textContent).not.toMatch(/[\u202E\u200B\u2060]/);
    expect(container.textContent).toContain('<script>window.__pwned = 1</script>'); // shown as text
  });

  it('renders inert in the request composer and the writing coach', async () => {
    const form = { kind: 'request' as const, contact: { id: 'sam-lee', name: HUGE_NAME, firstName: HOSTILE }, maxLength: 500, relationship: null, hasTextBox: true, missing: [] };
    const a = render(<RequestComposer form={form} box={box} call={call} viewer={{ id: 'alex-kim', name: HOSTILE }} />);
    await waitFor(() => expect(a.container.textContent).toContain('Message'));
    expectInert(a.container);
    a.unmount();
    const b = render(<CoachPanel form={{ ...form, kind: 'write', maxLength: 3000 }} box={box} call={call} viewer={null} />);
    await waitFor(() => expect(b.container.textContent).toContain('Writing coach'));
    expectInert(b.container);
    expect(b.container.querySelector('h2')!.textContent!.length).toBeLessThan(80);
  });
});
