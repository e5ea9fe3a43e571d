import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, fixtureUrl, launch, sidePanelFor, type Launched } from './harness.mjs';

/**
 * The built extension speaks the language chosen in its settings, whatever the browser's own
 * (English here): the chosen language's messages are a chunk of their own, loaded by the page.
 */
const SOON = { timeout: 15_000 };
let browser: Launched;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the language setting in Chromium', () => {
  it('shows the side panel in German when German is chosen', async () => {
    await browser.worker!.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { language: 'de' } }));
    const linkedin = await browser.open(fixtureUrl('profile-sdui-connection.html'));
    const { panelPage, panel } = await sidePanelFor(browser, linkedin);
    const errors = collectPageErrors(panelPage);
    await expect.poll(() => panel.getAttribute('aria-label'), SOON).toBe('Vouch: Wo Sie stehen');
    expect(await panelPage.getByRole('button', { name: 'Übersicht' }).count()).toBe(1);
    expect(await panelPage.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(errors).toEqual([]);
  });

  it("offers the coach's starters in the language the user writes in, from a chunk loaded by the panel", async () => {
    await browser.worker!.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { language: 'de' } }));
    const page = await browser.open(fixtureUrl('form-write-dialog.html'));
    const errors = collectPageErrors(page);
    if (await page.locator('#open-form').count()) await page.locator('#open-form').click();
    const { panelPage, panel } = await sidePanelFor(browser, page);
    const panelErrors = collectPageErrors(panelPage);
    const box = page.locator('[data-fixture-form] textarea, [data-fixture-form] [contenteditable="true"]').first();
    await box.waitFor(SOON);
    // Our own sentence: French, though Vouch speaks German, so the starters are French.
    await box.click();
    await page.keyboard.type('J’ai travaillé avec elle pendant deux ans et elle a toujours aidé toute l’équipe avec patience.', { delay: 2 });
    const french = panel.getByRole('button', { name: /^Einfügen: Ce qui distingue / });
    await french.waitFor(SOON);
    expect(await panel.getByRole('button', { name: /^Einfügen: (?:What|I |Was )/ }).count()).toBe(0);
    await french.click();
    await expect
      .poll(() => box.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText)), SOON)
      .toMatch(/patience\. ?Ce qui distingue \S+, c’est la façon dont/);
    expect(errors).toEqual([]);
    expect(panelErrors).toEqual([]);
    await Promise.all([page.close(), panelPage.close()]);
  });
});
