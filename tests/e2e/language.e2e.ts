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
});
