import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusSentence } from '@/components/profile-card/words';
import { setLanguage } from '@/components/i18n/t';
import type { ReciprocityStatus } from '@/storage/reciprocity';
import { collectPageErrors, fixtureIndex, launch, ROOT, sidePanelFor, type Launched } from './harness.mjs';

// The card's wording, in English as the browser here speaks it (this file runs in Node, with no browser.i18n).
await setLanguage('en');

/** On every profile fixture, the card shows the status the page's recommendations imply. */
interface Expected {
  profile: {
    contact: { id: string; firstName: string; memberUrn?: string };
    viewer: { id: string } | null;
    isOwnProfile: boolean;
    recommendations: { received: { profileId: string }[]; given: { profileId: string }[] } | null;
  };
}
const profiles = fixtureIndex().filter((f) => ['profile', 'own-profile', 'recommendations'].includes(f.kind));
const expectedOf = (file: string): Expected =>
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages', file.replace(/\.html$/, '.expected.json')), 'utf8'));

/** What the page says between the viewer and this person (docs/linkedin-pages.md: their Given list names who they recommended). */
function impliedStatus(e: Expected['profile']): ReciprocityStatus {
  const me = e.viewer!.id;
  const theyRecommendedMe = e.recommendations!.given.some((i) => i.profileId === me);
  const iRecommendedThem = e.recommendations!.received.some((i) => i.profileId === me);
  if (theyRecommendedMe && iRecommendedThem) return 'mutual';
  if (theyRecommendedMe) return 'you-owe';
  if (iRecommendedThem) return 'they-owe';
  return 'none';
}

let browser: Launched | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

describe('reciprocity card on profiles', () => {
  for (const f of profiles) {
    const e = expectedOf(f.file).profile;
    const what = e.isOwnProfile
      ? 'the ledger summary'
      : e.recommendations === null
        ? "that it can't read the recommendations yet"
        : `"${statusSentence({ status: impliedStatus(e) })}"`;
    it(`shows ${what} on ${f.file}`, async () => {
      browser = await launch();
      const page = await browser.open(f.url);
      const errors = collectPageErrors(page);
      const { panel: card, tabId } = await sidePanelFor(browser, page);
      await card.waitFor({ timeout: 10_000 });
      const badge = () => browser!.worker!.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
      if (e.isOwnProfile) {
        await expect.poll(() => card.textContent()).toMatch(/Your recommendations at a glance/);
      } else if (e.recommendations === null) {
        await expect.poll(() => card.textContent()).toMatch(/can't read .*recommendations yet/);
      } else {
        const status = impliedStatus(e);
        await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(statusSentence({ status }));
        // The toolbar badge says so with the panel closed: only where the user owes this person one.
        await expect.poll(badge, { timeout: 10_000 }).toBe(status === 'you-owe' || status === 'they-asked' ? 'Owe' : '');
        if (status === 'you-owe') {
          // The next step is a link the user clicks to LinkedIn's own write form, never an action.
          const link = card.getByRole('link', { name: /write form/i });
          // With the member URN where the page shows one, as LinkedIn's More menu links it.
          const query = e.contact.memberUrn ? `?profileUrn=${encodeURIComponent(e.contact.memberUrn)}` : '';
          expect(await link.getAttribute('href')).toBe(
            `https://www.linkedin.com/in/${encodeURIComponent(e.contact.id)}/edit/forms/recommendation/write/${query}`,
          );
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('reads the lazy card when it hydrates after load, and updates the status', async () => {
    const lazy = profiles.find((f) => /lazy/.test(f.file))!;
    browser = await launch();
    const page = await browser.open(lazy.url);
    const { panel: card } = await sidePanelFor(browser, page);
    await card.waitFor({ timeout: 10_000 });
    await expect.poll(() => card.textContent()).toMatch(/can't read/);
    // LinkedIn renders the card seconds later, when the user scrolls near it (shape as in docs/linkedin-pages.md).
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const section = document.createElement('section');
      section.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.refACo7LKTZivVE6gmTipJvuKP69mw-4FWi98s9ggzRecommendationsTopLevel');
      section.innerHTML = `<div><h2>Recommendations</h2></div><div>
        <div><button type="button" role="radio" aria-checked="true">Received (0)</button><button type="button" role="radio" aria-checked="false">Given (1)</button></div>
        <div hidden><p>Nothing to see for now</p></div>
        <div><div componentkey="auto-component-7">
          <a href="https://www.linkedin.com/in/alex%2Dmorgan/" data-view-name="recommendation-entity">
            <div><p>Alex Morgan<span> · 1st</span></p><p>Product designer</p><p>March 2, 2025, Li worked with Alex on the same team</p></div>
          </a><div><span data-testid="expandable-text-box">Alex made our research usable by everyone.</span></div>
        </div></div></div>`;
      main.append(section);
    });
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(statusSentence({ status: 'you-owe' }));
  });

  it('on the own details page, syncs the Pending tab: the request to Omar is one the user waits on', async () => {
    const pending = profiles.find((f) => f.file === 'details-own-pending.html')!;
    browser = await launch();
    const page = await browser.open(pending.url);
    const errors = collectPageErrors(page);
    const { panel: card } = await sidePanelFor(browser, page);
    await card.waitFor({ timeout: 10_000 });
    // Renée recommended the user, the user recommended Sam, and the user asked Omar (Pending, "Requested · 2 days ago").
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toMatch(/1\s*have not answered your request yet/);
    await expect.poll(() => card.textContent()).toMatch(/1\s*recommended you and wait for one back/);
    await expect.poll(() => card.textContent()).toMatch(/1\s*you recommended, nothing back yet/);
    expect(errors).toEqual([]);
  });
});
