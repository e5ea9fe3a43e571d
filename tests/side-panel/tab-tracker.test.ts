import { describe, expect, it } from 'vitest';
import { createTabTracker } from '@/components/side-panel/tab-tracker';
import { badgeWords, type Badge, type TabPage } from '@/components/side-panel/tab-page';
import { ENGLISH } from '@/components/i18n/said';

function fakes() {
  const session: Record<string, unknown> = {};
  const local: Record<string, unknown> = {};
  const badges: Record<number, string> = {};
  const area = (store: Record<string, unknown>) => ({
    get: async (key: string) => (key in store ? { [key]: store[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(store, items),
    remove: async (keys: string | string[]) => [keys].flat().forEach((k) => delete store[k]),
  });
  const apis = { session: area(session), local: area(local), setBadge: async (tabId: number, b: Badge) => void (badges[tabId] = badgeWords(b, ENGLISH.t).text) };
  return { session, local, badges, apis };
}

const form: TabPage = {
  kind: 'form',
  url: 'https://www.linkedin.com/in/sam/edit/forms/recommendation/write/',
  viewer: null,
  form: { kind: 'write', contact: { id: 'sam' }, maxLength: 3000, relationship: null, hasTextBox: true, missing: [] },
};
const profile: TabPage = {
  kind: 'profile',
  url: 'https://www.linkedin.com/in/sam/',
  profile: { contact: { id: 'sam', name: 'Sam', firstName: 'Sam' }, viewer: null, isOwnProfile: false, recommendations: null, missing: [] },
};

describe('the background’s record of what each tab shows', () => {
  it('applies one tab’s reports in the order they came, however slow the first', async () => {
    const f = fakes();
    let clock = 0;
    const tracker = createTabTracker(f.apis, { now: () => ++clock });
    let release!: () => void;
    const slow = tracker.report(1, 0, profile, () => new Promise((r) => (release = () => r(true))));
    const fast = tracker.report(1, 0, form);
    await new Promise((r) => setTimeout(r, 10));
    release();
    await Promise.all([slow, fast]);
    expect((f.session['tab:1'] as { page: TabPage }).page.kind).toBe('form');
    expect(f.badges[1]).toBe('Rec');
  });

  it('badges a profile only where the user owes the person; a recording that fails keeps nothing, to be sent again', async () => {
    const f = fakes();
    const tracker = createTabTracker(f.apis);
    await tracker.report(2, 0, profile, async () => true);
    expect(f.badges[2]).toBe('Owe');
    await tracker.report(2, 0, profile, async () => false);
    expect(f.badges[2]).toBe('');
    await expect(tracker.report(3, 0, profile, async () => Promise.reject(new Error('no database')))).rejects.toThrow('no database');
    expect(f.badges[3]).toBeUndefined();
    expect(f.session['tab:3']).toBeUndefined();
    // The queue goes on: the next report of that tab is kept.
    await tracker.report(3, 0, form);
    expect(f.badges[3]).toBe('Rec');
  });

  it('forgets what a tab showed before it loaded a new page, but not a report that came after', async () => {
    const f = fakes();
    let clock = 100;
    const tracker = createTabTracker(f.apis, { now: () => clock });
    await tracker.report(4, 0, form);
    await tracker.forget(4, 50);
    expect(f.session['tab:4']).toBeTruthy();
    await tracker.forget(4, 150);
    expect(f.session['tab:4']).toBeUndefined();
    expect(f.badges[4]).toBe('');
  });

  it('remembers which tabs were LinkedIn’s until they close', async () => {
    const f = fakes();
    const tracker = createTabTracker(f.apis);
    await tracker.report(5, 0, form);
    await tracker.report(6, 0, profile);
    expect(f.local.linkedinTabs).toEqual([5, 6]);
    await tracker.forget(5, Date.now() + 1, true);
    expect(f.local.linkedinTabs).toEqual([6]);
  });
});
