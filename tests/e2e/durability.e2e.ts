import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { fixtureIndex, HOST, launch, type Launched } from './harness.mjs';

/** Nothing the user wrote is lost when the worker is stopped mid-save or the extension is reloaded. */
const write = fixtureIndex().find((f) => f.file === 'form-write-dialog.html')!;
const contactId = decodeURIComponent(new URL(write.url).pathname.split('/')[2]!).toLowerCase();
const TEXT = 'I managed Tomás for two years at Norrland Freight, where he rebuilt our on-call rotation.';

let browser: Launched;
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => {
  await browser?.close().catch(() => {});
});

async function dashboard(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  return page;
}

function draftOf(page: Page) {
  return page.evaluate(
    (id) => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'draft.get', payload: { contactId: id, kind: 'write' } }),
    contactId,
  );
}

async function workerStates(page: Page): Promise<{ cdp: CDPSession; states: string[] }> {
  const cdp = await browser.context.newCDPSession(page);
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
    for (const v of e.versions) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, states };
}

async function typeInLinkedInsBox(page: Page, text: string) {
  await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
  const box = page.locator('dialog textarea').first();
  await box.click();
  await page.keyboard.type(text, { delay: 1 });
}

describe('durability', () => {
  it('a draft survives the service worker being stopped in the middle of saving it', async () => {
    const dash = await dashboard();
    const { cdp, states } = await workerStates(dash);
    const page = await browser.open(write.url);
    await typeInLinkedInsBox(page, TEXT);
    // The coach autosaves ~800 ms after the last key: keep killing the worker across that moment.
    const started = Date.now();
    while (Date.now() - started < 1_600) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(40);
    }
    expect(states).toContain('stopped');
    await expect.poll(async () => (await draftOf(dash))?.data?.text, { timeout: 20_000 }).toBe(TEXT);
    expect(await page.locator('dialog textarea').inputValue()).toBe(TEXT);
  });

  it('an extension reload while typing loses nothing and says so', async () => {
    const page = await browser.open(write.url);
    await typeInLinkedInsBox(page, TEXT);
    const dash = await dashboard();
    await expect.poll(async () => (await draftOf(dash))?.data?.text, { timeout: 10_000 }).toBe(TEXT);

    await dash.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => page.locator(`${HOST} [role="status"]`).first().textContent(), { timeout: 10_000 }).toContain(
      'Vouch was updated, reload this tab',
    );
    // LinkedIn's box is untouched, and the page's own state still holds the text.
    expect(await page.locator('dialog textarea').inputValue()).toBe(TEXT);
    expect(await page.evaluate(() => (window as any).__vouchFixture.state.text)).toBe(TEXT);
  });

  it('drafts and history survive the browser and extension starting again', async () => {
    await browser.close();
    const profile = mkdtempSync(join(tmpdir(), 'vouch-profile-'));
    try {
      browser = await launch({ userDataDir: profile });
      const page = await browser.open(write.url);
      await typeInLinkedInsBox(page, TEXT);
      const dash = await dashboard();
      await expect.poll(async () => (await draftOf(dash))?.data?.text, { timeout: 10_000 }).toBe(TEXT);
      await browser.close();

      browser = await launch({ userDataDir: profile });
      expect((await draftOf(await dashboard())).data.text).toBe(TEXT);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
