import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, expectedReading, fixtureIndex, fixtureUrl, launch, sendMessage, until, type FirefoxLaunched } from './harness.mjs';

/**
 * Vouch's panels in Firefox, beside LinkedIn's page: the side panel page bound to each fixture's
 * tab (sidepanel.html?tab=<id>, as tests drive it) shows the right panel and the toolbar badge
 * says so; from it the user fills LinkedIn's box and undoes, inserts a starter, and what they send
 * is recorded once. The browser's own sidebar opens from the toolbar button and from the keyboard
 * shortcut, and follows the tab in front.
 */
const fixtures = fixtureIndex();
const FORM_KINDS = new Set(['request-form', 'ask-form', 'write-form']);
const GLANCE_TEXT = 'Open a profile, or LinkedIn';

let firefox: FirefoxLaunched;
beforeAll(async () => {
  firefox = await launch();
});
afterAll(async () => {
  await firefox?.close();
});

/** What the panel's title says for a fixture (its aria-label), from the fixture's kind and expected reading. */
function titleFor(file: string, kind: string): RegExp {
  if (kind === 'write-form') return /^Vouch: Write a recommendation$/;
  if (kind === 'request-form' || kind === 'ask-form') return /^Vouch: Ask for a recommendation$/;
  if (kind === 'feed' || kind === 'other') return /^Vouch: Your recommendations$/;
  const profile = expectedReading(file).profile as { isOwnProfile: boolean };
  return profile.isOwnProfile ? /^Vouch: Your recommendations$/ : /^Vouch: Where you stand$/;
}

const panelTitle = (panel: Page) => panel.evaluate(() => document.querySelector('section.vouch-panel')?.getAttribute('aria-label') ?? null);
const panelText = (panel: Page) => panel.evaluate(() => document.querySelector('section.vouch-panel')?.textContent ?? '');
const badgeOf = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate((id) => (globalThis as any).browser.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);

/** A button of the panel by its text (or aria-label), once it is there and enabled. */
async function button(panel: Page, name: string): Promise<ElementHandle<Element>> {
  return until(async () => {
    for (const b of await panel.$$('section.vouch-panel button')) {
      const label = await b.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      if ((label === name || label.startsWith(name)) && (await b.evaluate((el) => !(el as HTMLButtonElement).disabled))) return b;
    }
    return null;
  }, `the panel's "${name}" button`);
}

const BOX = '[data-fixture-form] textarea, [data-fixture-form] [contenteditable="true"]';
/** The text in LinkedIn's box, as the fixture's own framework reads it (value, or textContent). */
const boxText = (page: Page) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLTextAreaElement ? el.value : (el?.textContent ?? null);
  }, BOX);
const frameworkText = (page: Page) => page.evaluate(() => (window as any).__vouchFixture.state.text as string);
const nextButton = (page: Page) => page.$('xpath/.//button[normalize-space()="Next"]');

/** Opens a fixture with its form on screen (the user's click on an opener or Next), and its side panel. */
async function openWithPanel(url: string) {
  const page = await firefox.open(url);
  const errors = collectPageErrors(page);
  const opener = await page.$('#open-form');
  if (opener) await opener.click();
  const { panelPage, tabId } = await firefox.sidePanelFor(page);
  return { page, errors, panelPage, tabId };
}

/**
 * The Send was recorded: one `type` event with this text for the contact, and no other event of
 * that type since `before` (a profile page seen earlier may have recorded older ones).
 */
async function recordedOnce(panelPage: Page, contactId: string, type: string, text: string, before: number) {
  const events = async () =>
    ((await sendMessage(panelPage, 'contact.history', { contactId })).data as { type: string; text?: string }[]).filter((e) => e.type === type);
  await until(async () => (await events()).some((e) => e.text === text), `the ${type} event for ${contactId}`);
  const all = await events();
  expect(all.filter((e) => e.text === text)).toHaveLength(1);
  expect(all).toHaveLength(before + 1);
}
const eventCount = async (panelPage: Page, contactId: string, type: string) =>
  ((await sendMessage(panelPage, 'contact.history', { contactId })).data as { type: string }[]).filter((e) => e.type === type).length;

describe('the side panel in Firefox, on every fixture', () => {
  for (const f of fixtures) {
    it(`shows the right panel for ${f.file}`, async () => {
      const { page, errors, panelPage, tabId } = await openWithPanel(f.url);
      const want = titleFor(f.file, f.kind);
      await until(async () => want.test((await panelTitle(panelPage)) ?? ''), `the panel titled ${want}`);
      if (f.kind === 'feed' || f.kind === 'other') {
        expect(await panelText(panelPage)).toContain(GLANCE_TEXT);
        expect(await badgeOf(panelPage, tabId)).toBe('');
      }
      if (FORM_KINDS.has(f.kind)) {
        await until(async () => (await badgeOf(panelPage, tabId)) === (f.kind === 'write-form' ? 'Rec' : 'Ask'), 'the badge');
      }
      // Vouch's content script answers the panel in that tab.
      expect(await panelText(panelPage)).not.toContain("can't see this LinkedIn tab");
      expect(errors).toEqual([]);
      await Promise.all([page.close(), panelPage.close()]);
    });
  }
});

describe('filling from the side panel in Firefox', () => {
  for (const f of fixtures.filter((x) => x.kind === 'request-form' || x.kind === 'ask-form')) {
    it(`fills LinkedIn's box on the user's click, undoes, and records the Send once on ${f.file}`, async () => {
      const { page, errors, panelPage } = await openWithPanel(f.url);
      await until(async () => /Ask for a recommendation/.test((await panelTitle(panelPage)) ?? ''), 'the request composer');
      const next = await nextButton(page);
      if (next && !(await page.$(BOX))) await next.click();
      await until(() => page.$(BOX), "LinkedIn's box");
      const before = await boxText(page);

      const message = await panelPage.evaluate(() => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Message')!;
        return (document.getElementById(label.htmlFor) as HTMLTextAreaElement).value;
      });
      expect(message.length).toBeGreaterThan(20);
      expect(await boxText(page)).toBe(before); // nothing happens before the click

      await (await button(panelPage, 'Use this message')).click();
      await until(async () => (await boxText(page)) === message, 'the message in LinkedIn\u2019s box');
      expect(await frameworkText(page)).toBe(message); // what LinkedIn would send

      await (await button(panelPage, 'Undo')).click();
      await until(async () => (await boxText(page)) === before, 'the box as it was');
      expect(await frameworkText(page)).toBe(before);

      await (await button(panelPage, 'Use this message')).click();
      await until(async () => (await boxText(page)) === message, 'the message again');
      const form = (expectedReading(f.file).formAfterOpen ?? expectedReading(f.file).form) as { contact: { id: string } };
      const earlier = await eventCount(panelPage, form.contact.id, 'request-sent');
      await (await page.$('[data-fixture-send]'))!.click();
      expect(await page.evaluate(() => (window as any).__vouchFixture.sends)).toEqual([{ trusted: true, text: message }]);
      await recordedOnce(panelPage, form.contact.id, 'request-sent', message, earlier);
      expect(errors).toEqual([]);
      await Promise.all([page.close(), panelPage.close()]);
    });
  }

  for (const f of fixtures.filter((x) => x.kind === 'write-form')) {
    it(`follows typing, inserts a starter on the user's click, and records the Send once on ${f.file}`, async () => {
      const { page, errors, panelPage } = await openWithPanel(f.url);
      await until(async () => /Write a recommendation/.test((await panelTitle(panelPage)) ?? ''), 'the coach');
      const next = await nextButton(page);
      if (next && !(await page.$(BOX))) await next.click();
      const box = await until(() => page.$(BOX), "LinkedIn's box");
      await box.click();
      await page.keyboard.type('I managed her for two years at Northwind. She rebuilt our billing pipeline. ');
      await until(
        () => panelPage.evaluate(() => /^2 sentences/.test(document.querySelector('[data-testid="sentence-count"]')?.textContent ?? '')),
        'the coach to count two sentences',
      );

      const insert = await button(panelPage, 'Insert: ');
      const starter = ((await insert.evaluate((el) => el.getAttribute('aria-label'))) ?? '').replace(/^Insert: /, '');
      await insert.click();
      await until(async () => ((await boxText(page)) ?? '').includes(starter), 'the starter in LinkedIn\u2019s box');
      const written = (await boxText(page))!;
      expect(await frameworkText(page)).toBe(written);

      const form = (expectedReading(f.file).formAfterOpen ?? expectedReading(f.file).form) as { contact: { id: string } };
      const earlier = await eventCount(panelPage, form.contact.id, 'given');
      await (await page.$('[data-fixture-send]'))!.click();
      await recordedOnce(panelPage, form.contact.id, 'given', written.trim(), earlier);
      expect(errors).toEqual([]);
      await Promise.all([page.close(), panelPage.close()]);
    });
  }
});

describe('drafts in Firefox', () => {
  it("keeps the draft typed in LinkedIn's box across the page loading again and a restart of the background, and restores it on the user's click", async () => {
    const f = fixtures.find((x) => x.file === 'form-write-dialog.html')!;
    const contactId = ((expectedReading(f.file).form as { contact: { id: string } }).contact.id);
    const TEXT = 'I managed Priya for three years at Northwind, where she rebuilt our billing pipeline.';
    const { page, errors, panelPage } = await openWithPanel(f.url);
    await until(async () => /Write a recommendation/.test((await panelTitle(panelPage)) ?? ''), 'the coach');
    const box = await until(() => page.$(BOX), "LinkedIn's box");
    await box.click();
    await page.keyboard.type(TEXT);
    // The coach saves the draft through the background a moment after the typing stops.
    const draft = async () => (await sendMessage(panelPage, 'draft.get', { contactId, kind: 'write' }))?.data?.text;
    await until(async () => (await draft()) === TEXT, 'the draft to be saved');

    await firefox.terminateBackground();
    expect(await firefox.backgroundRunning()).toBe(false);
    // The page is loaded again (a reload would have Firefox put the box's text back itself).
    await page.goto(f.url, { waitUntil: 'domcontentloaded' });
    await until(() => page.$(BOX), "LinkedIn's box again");
    expect((await boxText(page))?.trim()).toBe('');
    await firefox.reload(panelPage);
    await page.bringToFront();
    // The panel asks the background for the draft, which starts it again; nothing is written to the box before the click.
    const restore = await button(panelPage, 'Restore your draft');
    expect(await firefox.backgroundRunning()).toBe(true);
    expect((await boxText(page))?.trim()).toBe('');
    await restore.click();
    await until(async () => (await boxText(page)) === TEXT, 'the draft back in LinkedIn\u2019s box');
    expect(await frameworkText(page)).toBe(TEXT);
    expect(await draft()).toBe(TEXT);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), panelPage.close()]);
  });
});

describe("the browser's sidebar in Firefox", () => {
  /** The panel inside the real sidebar, read from another of Vouch's pages (extension.getViews). */
  const sidebarTitle = (from: Page) =>
    from.evaluate(() => {
      const views = (globalThis as any).browser.extension.getViews({ type: 'sidebar' }) as Window[];
      return views.map((w) => w.document.querySelector('section.vouch-panel')?.getAttribute('aria-label') ?? null);
    });

  it('opens from the toolbar button beside the tab in front, follows the tabs, and closes on a second press', async () => {
    const dash = await firefox.extensionPage('/dashboard.html');
    const profile = await firefox.open(fixtureUrl('profile-legacy-connection.html'));
    expect(await firefox.sidebarState()).toEqual({ open: false, id: '' });
    await firefox.clickToolbarButton();
    // The background's click handler toggles the sidebar, a moment after the click.
    await until(async () => (await firefox.sidebarState()).open, 'the sidebar to open');
    expect(await firefox.sidebarState()).toEqual({ open: true, id: firefox.sidebarId });
    await until(async () => (await sidebarTitle(dash))[0] === 'Vouch: Where you stand', 'the profile panel in the sidebar');
    expect(await sidebarTitle(dash)).toHaveLength(1);

    // Another LinkedIn tab comes in front: a form the user opens with their own click.
    const form = await firefox.open(fixtureUrl('form-open-click.html'));
    const errors = collectPageErrors(form);
    await (await form.$('#open-form'))!.click();
    await until(async () => (await sidebarTitle(dash))[0] === 'Vouch: Write a recommendation', 'the write panel in the sidebar');
    // Back to the profile's tab.
    await profile.bringToFront();
    await until(async () => (await sidebarTitle(dash))[0] === 'Vouch: Where you stand', 'the sidebar to follow the tab');

    await firefox.clickToolbarButton();
    await until(async () => !(await firefox.sidebarState()).open, 'the sidebar to close');
    expect(errors).toEqual([]);
    await Promise.all([profile.close(), form.close(), dash.close()]);
  });

  it("does not open on the user's click on LinkedIn's Recommend: Firefox allows it only from Vouch's own controls", async () => {
    // The content script asks for the panel during the click, as on Chrome; Firefox's
    // sidebarAction.open() requires a user action handled by the add-on itself (the toolbar
    // button, the shortcut), which a message from the page's click is not. The README says so.
    const page = await firefox.open(fixtureUrl('form-open-click.html'));
    const errors = collectPageErrors(page);
    const { panelPage, tabId } = await firefox.sidePanelFor(page);
    expect(await firefox.sidebarState()).toEqual({ open: false, id: '' });
    await (await page.$('#open-form'))!.click();
    await until(async () => (await badgeOf(panelPage, tabId)) === 'Rec', 'the badge to say Vouch has something here');
    await until(async () => /Write a recommendation/.test((await panelTitle(panelPage)) ?? ''), 'the write panel');
    expect(await firefox.sidebarState()).toEqual({ open: false, id: '' });
    expect(errors).toEqual([]);
    await Promise.all([page.close(), panelPage.close()]);
  });

  it('opens and closes from its keyboard shortcut, Alt+Shift+V', async () => {
    const feed = await firefox.open(fixtureUrl('feed-busy.html'));
    const shortcut = await firefox.pressSidebarShortcut();
    expect(shortcut).toEqual({ key: 'V', modifiers: 'alt,shift' });
    await until(async () => (await firefox.sidebarState()).open, 'the sidebar to open');
    expect((await firefox.sidebarState()).id).toBe(firefox.sidebarId);
    await firefox.pressSidebarShortcut();
    await until(async () => !(await firefox.sidebarState()).open, 'the sidebar to close');
    await feed.close();
  });

  it('asked nothing of the network', async () => {
    expect(firefox.blocked).toEqual([]);
    expect((await firefox.requests()).filter((r) => !firefox.served.includes(r.url))).toEqual([]);
  });
});
