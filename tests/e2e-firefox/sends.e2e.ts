import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, expectedReading, fixtureIndex, launch, sendMessage, until, type FirefoxLaunched } from './harness.mjs';

/**
 * The content script in Firefox, on every form fixture: the user writes in LinkedIn's own box and
 * presses Send; the content script sees that trusted click, sees the form go, and the background
 * records what was sent, once, for the person the form is for. Vouch clicks nothing, submits
 * nothing, navigates nowhere and throws nothing into the page. On the feed and the other pages
 * where it has nothing to do, it records nothing.
 */
const fixtures = fixtureIndex();
const forms = fixtures.filter((f) => ['request-form', 'ask-form', 'write-form'].includes(f.kind));

const MONITOR = `
  window.__vouchMonitor = { untrustedClicks: 0, submits: 0 };
  addEventListener('click', (e) => { if (!e.isTrusted) window.__vouchMonitor.untrustedClicks++; }, true);
  addEventListener('submit', () => { window.__vouchMonitor.submits++; }, true);
`;

let firefox: FirefoxLaunched;
let dash: Page;
beforeAll(async () => {
  firefox = await launch();
  dash = await firefox.extensionPage('/dashboard.html');
});
afterAll(async () => {
  await firefox?.close();
});

const BOX = '[data-fixture-form] textarea, [data-fixture-form] [contenteditable="true"]';

async function openForm(url: string) {
  const page = await firefox.guard(await firefox.browser.newPage());
  await page.evaluateOnNewDocument(MONITOR);
  const errors = collectPageErrors(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const opener = await page.$('#open-form');
  if (opener) await opener.click();
  await until(async () => (await page.$(BOX)) ?? (await page.$('xpath/.//button[normalize-space()="Next"]')), 'the form');
  const next = await page.$('xpath/.//button[normalize-space()="Next"]');
  if (next && !(await page.$(BOX))) await next.click();
  const box = await until(() => page.$(BOX), "LinkedIn's text box");
  return { page, errors, box };
}

const sentEvents = async (contactId: string, type: string) => {
  const reply = await sendMessage(dash, 'contact.history', { contactId });
  return (reply.data as { type: string; text?: string }[]).filter((e) => e.type === type);
};

describe('what the user sends, recorded by the content script in Firefox', () => {
  for (const f of forms) {
    it(`records the user's Send once on ${f.file}`, async () => {
      const want = expectedReading(f.file);
      const form = (want.formAfterOpen ?? want.form) as { kind: 'request' | 'write'; contact: { id: string } };
      const type = form.kind === 'request' ? 'request-sent' : 'given';
      const { page, errors, box } = await openForm(f.url);
      await box.click();
      await page.keyboard.type(` Thank you for ${f.file}.`);
      const typed = await box.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
      expect(await sentEvents(form.contact.id, type)).toEqual([]);

      await (await page.$('[data-fixture-send]'))!.click();
      expect(await page.evaluate(() => (window as any).__vouchFixture.sends)).toEqual([{ trusted: true, text: expect.stringContaining(`Thank you for ${f.file}.`) }]);
      const events = await until(async () => {
        const found = await sentEvents(form.contact.id, type);
        return found.length > 0 ? found : null;
      }, `the ${type} event for ${form.contact.id}`);
      expect(events).toHaveLength(1);
      expect(events[0]!.text).toBe(typed.trim());

      const monitor = await page.evaluate(() => (window as any).__vouchMonitor);
      expect(monitor).toEqual({ untrustedClicks: 0, submits: 0 });
      expect(errors).toEqual([]);
      await page.close();
      // Still once: nothing records it again as the page goes.
      expect(await sentEvents(form.contact.id, type)).toHaveLength(1);
    });
  }

  it('throws nothing into the pages where it has nothing to do', async () => {
    for (const f of fixtures.filter((x) => x.kind === 'feed' || x.kind === 'other')) {
      const page = await firefox.open(f.url);
      const errors = collectPageErrors(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('asked nothing of the network', async () => {
    expect(firefox.blocked).toEqual([]);
    expect((await firefox.requests()).filter((r) => !firefox.served.includes(r.url))).toEqual([]);
  });
});
