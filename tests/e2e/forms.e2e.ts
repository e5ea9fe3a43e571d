import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectedReading } from './fixtures.mjs';
import { collectPageErrors, fixtureIndex, launch, sidePanelFor, variantIndex, type Launched } from './harness.mjs';

/**
 * The two panels beside LinkedIn's forms, in the side panel of Chromium with the built extension: the request composer
 * fills LinkedIn's box so the page's framework sees it, undoes, and records what the user sent; the
 * coach follows typing, inserts a starter and restores a draft. On every form, nothing is done by
 * code that the user did not click: no untrusted click, no submission, no navigation, no Send, no
 * other field changed. The same flows run on the forms in the pseudo-locale, where no label,
 * heading or button says anything in English, and on the two-step forms in Portuguese (second-hand
 * wording; the other German and Portuguese pages are left to the reading test, to keep the suite short).
 */
const SECOND_HAND = ['form-request-two-step.pt.html', 'form-write-two-step.pt.html'];
const fixtures = [...fixtureIndex(), ...variantIndex().filter((v) => v.lang === 'qps-ploc' || SECOND_HAND.includes(v.file))];
const requestForms = fixtures.filter((f) => f.kind === 'request-form' || f.kind === 'ask-form');
const writeForms = fixtures.filter((f) => f.kind === 'write-form');

const MONITOR = `
  window.__vouchMonitor = { untrustedClicks: 0, submits: 0, navigations: [] };
  addEventListener('click', (e) => { if (!e.isTrusted) window.__vouchMonitor.untrustedClicks++; }, true);
  addEventListener('submit', () => { window.__vouchMonitor.submits++; }, true);
  if (window.navigation) navigation.addEventListener('navigate', (e) => window.__vouchMonitor.navigations.push(e.destination.url));
`;

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
  await browser.context.addInitScript({ content: MONITOR });
});
afterAll(async () => {
  await browser?.close();
});

/** A two-step form's Next, by its place (the first step's button), in any language. */
const nextButton = (page: Page) => page.locator('button[data-fixture-open]:not(#open-form)');
const linkedInBox = (page: Page) => page.locator('[data-fixture-form] textarea, [data-fixture-form] [contenteditable="true"]').first();
const boxText = (box: Locator) => box.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
const frameworkText = (page: Page) => page.evaluate(() => (window as any).__vouchFixture.state.text as string);

/** Every other field of the page's forms: Vouch must leave them exactly as they were. */
function otherFields(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('[data-fixture-form] textarea, [data-fixture-form] [contenteditable="true"]');
    return [...document.querySelectorAll('select, input, textarea, [contenteditable="true"], [role="combobox"]')]
      .filter((el) => el !== box)
      .map((el) => `${el.tagName}#${el.id}=${(el as HTMLInputElement).value ?? ''}|${el.textContent?.trim().slice(0, 80)}|${el.getAttribute('aria-expanded')}`);
  });
}

async function expectNothingAutomated(page: Page) {
  const m = await page.evaluate(() => (window as any).__vouchMonitor);
  expect(m.untrustedClicks).toBe(0);
  expect(m.submits).toBe(0);
  expect(m.navigations).toEqual([]);
  expect(await page.evaluate(() => (window as any).__vouchFixture.sends.filter((s: { trusted: boolean }) => !s.trusted))).toEqual([]);
}

/** LinkedIn's form in a tab, opened as the user would, with Vouch's side panel beside it. */
async function openForm(url: string) {
  const page = await browser.open(url);
  const errors = collectPageErrors(page);
  if (await page.locator('#open-form').count()) await page.locator('#open-form').click();
  const { panelPage, panel } = await sidePanelFor(browser, page);
  // The form's panel, not the profile's card that the page showed before the click.
  await expect.poll(() => panel.getAttribute('aria-label'), { timeout: 10_000 }).toMatch(/^Vouch: (Ask|Write)/);
  return { page, errors, panel, panelPage };
}

describe('request composer on LinkedIn', () => {
  for (const f of requestForms) {
    it(`composes, fills, undoes and records on ${f.file}`, async () => {
      const { page, errors, panel, panelPage } = await openForm(f.url);
      // A two-step form: the panel waits for the box, and the user clicks Next.
      if (await nextButton(page).count()) {
        await expect.poll(() => panel.textContent()).toMatch(/wait/i);
        await nextButton(page).click();
      }
      const box = linkedInBox(page);
      await box.waitFor({ timeout: 10_000 });
      const before = await boxText(box);
      const fields = await otherFields(page);

      await panel.getByLabel('Project').fill('the Atlas billing migration');
      await panel.getByLabel('Strengths (two or three)').fill('calm debugging');
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      await panel.getByLabel('Strengths (two or three)').fill('clear writing');
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      const message = await panel.getByLabel('Message', { exact: true }).inputValue();
      expect(message).toContain('the Atlas billing migration');
      expect(message).toContain('calm debugging and clear writing');
      const limit = Number(await box.getAttribute('maxlength'));
      if (limit > 0) expect(message.length).toBeLessThanOrEqual(limit);
      expect(await box.inputValue().catch(() => before)).toBe(before); // nothing happens before the click

      await panel.getByRole('button', { name: 'Use this message' }).click();
      await expect.poll(() => boxText(box)).toBe(message);
      expect(await frameworkText(page)).toBe(message); // what LinkedIn would send
      expect(await otherFields(page)).toEqual(fields);

      await panel.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => boxText(box)).toBe(before);
      expect(await frameworkText(page)).toBe(before);

      await panel.getByRole('button', { name: 'Use this message' }).click();
      await expectNothingAutomated(page);
      expect(errors).toEqual([]);

      // The user presses Send; the form closes; Vouch records the request once.
      await page.locator('[data-fixture-send]').first().click();
      expect(await page.evaluate(() => (window as any).__vouchFixture.sends)).toEqual([{ trusted: true, text: message }]);
      // Whom the form is for, as its expected reading says (on the /in/me/…/ask/ alias the URL does not tell).
      const expected = expectedReading(f.file) as { form: { contact: { id: string } }; formAfterOpen?: { contact: { id: string } } };
      const contactId: string = (expected.formAfterOpen ?? expected.form).contact.id;
      const dash = await browser.context.newPage();
      await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      const sent = async () => {
        const reply = await dash.evaluate(
          (id) => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'contact.history', payload: { contactId: id } }),
          contactId,
        );
        return (reply.data as { type: string; text?: string }[]).filter((e) => e.type === 'request-sent');
      };
      await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBe(1);
      expect((await sent())[0]!.text).toBe(message);
      await dash.close();
      await page.close();
      await panelPage.close();
    });
  }
});

describe('recording what the user sent', () => {
  it('records the request once even when LinkedIn leaves the form URL as it closes', async () => {
    const f = requestForms.find((x) => x.file === 'form-request-modal.html')!;
    const { page, panel, panelPage } = await openForm(f.url);
    const box = linkedInBox(page);
    await box.waitFor({ timeout: 10_000 });
    await panel.getByLabel('Project').fill('the Atlas billing migration');
    await panel.getByRole('button', { name: 'Use this message' }).click();
    const message = await boxText(box);
    // As LinkedIn does: the Send click closes the modal and routes back to the profile.
    const profilePath = new URL(f.url).pathname.replace(/edit\/forms\/recommendation\/request\/?$/, '');
    await page.evaluate((path) => {
      document.querySelector('[data-fixture-send]')!.addEventListener('click', () => history.pushState({}, '', path));
    }, profilePath);
    await page.locator('[data-fixture-send]').first().click();
    const contactId = decodeURIComponent(new URL(f.url).pathname.split('/')[2]!).toLowerCase();
    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const sent = async () => {
      const reply = await dash.evaluate(
        (id) => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'contact.history', payload: { contactId: id } }),
        contactId,
      );
      return (reply.data as { type: string; text?: string }[]).filter((e) => e.type === 'request-sent' && e.text === message);
    };
    await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBe(1);
    await Promise.all([dash.close(), page.close(), panelPage.close()]);
  });
});

describe('writing coach on LinkedIn', () => {
  for (const f of writeForms) {
    it(`follows typing, inserts a starter and restores a draft on ${f.file}`, async () => {
      const { page, errors, panel, panelPage } = await openForm(f.url);
      if (await nextButton(page).count()) {
        await expect.poll(() => panel.textContent()).toMatch(/wait/i);
        await nextButton(page).click();
      }
      const box = linkedInBox(page);
      await box.waitFor({ timeout: 10_000 });
      const fields = await otherFields(page);

      await box.click();
      await page.keyboard.type('I managed her for two years at Northwind. She rebuilt our billing pipeline. ', { delay: 2 });
      await expect.poll(() => panel.getByTestId('sentence-count').textContent()).toMatch(/^2 sentences/);
      // The four-part meter follows the text: how they know her is there, a closing is not yet.
      const part = (name: string) => panel.locator(`li[data-part="${name}"]`).getAttribute('data-present');
      await expect.poll(() => part('context')).toBe('true');
      expect(await part('closing')).toBe('false');
      // The meter names the sentence that carries the context, and focusing it marks that sentence.
      const context = panel.locator('li[data-part="context"]');
      await expect.poll(() => context.getAttribute('data-sentences')).toBe('1');
      await context.focus();
      await expect.poll(() => panel.locator('[data-testid="highlighted-text"] mark[data-part="context"][data-sentence="1"]').count()).toBeGreaterThan(0);
      await context.blur();

      const first = panel.getByRole('button', { name: /^Insert: / }).first();
      const label = (await first.getAttribute('aria-label')) ?? '';
      const starter = label.replace(/^Insert: /, '');
      // By its own label: the list follows the text, and may have changed since it was read.
      await panel.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(() => boxText(box)).toContain(starter);
      expect(await frameworkText(page)).toBe(await boxText(box));
      expect(await otherFields(page)).toEqual(fields);
      const written = await boxText(box);
      await page.waitForTimeout(1_200); // the coach autosaves the draft

      await expectNothingAutomated(page);
      expect(errors).toEqual([]);

      // Reload: the box is empty again, and the coach offers the draft without writing it.
      await page.reload();
      if (await page.locator('#open-form').count()) await page.locator('#open-form').click();
      if (await nextButton(page).count()) await nextButton(page).click();
      // The same side panel follows the tab through the reload.
      const again = panel;
      await again.getByRole('button', { name: 'Restore your draft' }).waitFor({ timeout: 10_000 });
      expect((await boxText(linkedInBox(page))).trim()).toBe('');
      await again.getByRole('button', { name: 'Restore your draft' }).click();
      await expect.poll(() => boxText(linkedInBox(page))).toBe(written);
      await expectNothingAutomated(page);
      await page.close();
      await panelPage.close();
    });
  }
});

describe('the coach on real-looking text', () => {
  it('tips a stock phrase in a specific text, and adds the start of an example on a click only', async () => {
    const f = writeForms.find((x) => x.file === 'form-write-dialog.html')!;
    const { page, panel, panelPage } = await openForm(f.url);
    const box = linkedInBox(page);
    await box.waitFor({ timeout: 10_000 });
    await box.click();
    await page.keyboard.type('I managed her for two years at Northwind. She rebuilt our billing pipeline in Rust. She is a true team player.', { delay: 2 });
    await panel.locator('li[data-kind="cliche"]').waitFor({ timeout: 10_000 });
    // Specific as a whole: a stock phrase is a tip of its own, not a vague text.
    expect(await panel.locator('li[data-kind="vague"]').count()).toBe(0);
    const before = await boxText(box);
    expect(before).not.toContain('One example: when');
    await panel.getByTestId('cliche-example').click();
    await expect.poll(() => boxText(box)).toContain('One example: when');
    await Promise.all([page.close(), panelPage.close()]);
  });
});
