import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launch, ROOT, sendMessage, until, type FirefoxLaunched } from './harness.mjs';

/**
 * The dashboard in Firefox with the built add-on: the bundled LinkedIn export imported through
 * the Import view's file input, its one namesake resolved, and a note that is still there after the
 * page reloads, after the add-on's event page is terminated (about:debugging's "Terminate
 * background script", what Firefox itself does to an idle event page), and after the add-on is
 * reloaded (runtime.reload(), an update's path).
 */
const SAMPLE = join(ROOT, 'tests/fixtures/exports/sample-export.zip');
const NOTE = 'Maya chaired the platform guild, 2024.';

let firefox: FirefoxLaunched;
let page: Page;
let errors: string[];
beforeAll(async () => {
  firefox = await launch();
  page = await firefox.extensionPage('/dashboard.html');
  errors = collectPageErrors(page);
});
afterAll(async () => {
  await firefox?.close();
});

const text = (p: Page = page) => p.evaluate(() => document.body.innerText);
/** The first element matching `selector` (puppeteer's ::-p-text() for text), once it is there. */
const find = (selector: string, p: Page = page) =>
  until(() => p.$(selector), selector) as Promise<ElementHandle<Element>>;
const nav = (label: string) => find(`nav[aria-label="Dashboard views"] button::-p-text(${label})`);
const notesShown = () => page.evaluate(() => [...document.querySelectorAll('ul.notes .event-text')].map((p) => p.textContent));
const notesStored = async () => ((await sendMessage(page, 'notes.list', { contactId: 'maya-rahman-7b1' })).data as { text: string }[]).map((n) => n.text);

async function openMaya() {
  await (await nav('Ledger')).click();
  await (await find('button::-p-text(Maya Rahman)')).click();
  await find('section[aria-labelledby="notes-heading"] textarea');
}

describe('the dashboard in Firefox', () => {
  it('imports the bundled export ZIP through the Import view, and resolves its namesake', async () => {
    await until(async () => /No contacts yet/.test(await text()), 'the empty ledger');
    await (await nav('Import')).click();
    const input = (await find('label.file-input input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(SAMPLE);
    const summary = await find('[role="status"][aria-label="Import summary"]');
    expect(await summary.evaluate((el) => el.textContent)).toContain('10 new contacts added.');
    const question = await find('li[aria-label="Who is Sam Kim?"]');
    // Two Sam Kims among the connections: the user says the recommendation is from the sales lead at Acme.
    await (await question.$('div[role="group"] button::-p-text(Sales Lead)'))!.click();
    await until(async () => !(await page.$('li[aria-label="Who is Sam Kim?"]')), 'the question to be answered');
    const history = await sendMessage(page, 'contact.history', { contactId: 'samkim-acme' });
    expect(history.data).toHaveLength(1);

    await (await nav('Ledger')).click();
    await until(async () => /10 contacts/.test(await text()), 'the ledger to count the imported contacts');
    for (const name of ['Maya Rahman', 'Léo Dubois', 'Priya Natarajan']) expect(await text()).toContain(name);
    const summaryReply = await sendMessage(page, 'ledger.summary');
    expect(summaryReply.data.total).toBe(10);
  });

  it('adds a note on a contact, and it is stored once and shown', async () => {
    await openMaya();
    const box = await find('section[aria-labelledby="notes-heading"] textarea');
    await box.click();
    await page.keyboard.type(NOTE);
    await (await find('section[aria-labelledby="notes-heading"] button[type="submit"]')).click();
    await until(async () => (await notesShown()).includes(NOTE), 'the note to show');
    expect(await notesStored()).toEqual([NOTE]);
  });

  it('keeps the note across a reload of the page', async () => {
    await firefox.reload(page);
    await openMaya();
    await until(async () => (await notesShown()).includes(NOTE), 'the note after the reload');
    expect(await notesStored()).toEqual([NOTE]);
  });

  it('keeps the note across a restart of the background (its event page terminated)', async () => {
    expect(await firefox.backgroundRunning()).toBe(true);
    await firefox.terminateBackground();
    expect(await firefox.backgroundRunning()).toBe(false);
    // The dashboard reads the database itself; what it asks of the background (a message) starts
    // the event page again, which opens the database again.
    await firefox.reload(page);
    await openMaya();
    await until(async () => (await notesShown()).includes(NOTE), 'the note after the background stopped');
    expect(await notesStored()).toEqual([NOTE]);
    expect(await firefox.backgroundRunning()).toBe(true);
  });

  it('saves a note added while the background is stopped, once', async () => {
    const SECOND = 'Asked her about the guild talk, June.';
    await firefox.terminateBackground();
    const box = await find('section[aria-labelledby="notes-heading"] textarea');
    await box.click();
    await page.keyboard.type(SECOND);
    await (await find('section[aria-labelledby="notes-heading"] button[type="submit"]')).click();
    await until(async () => (await notesShown()).includes(SECOND), 'the second note to show');
    expect((await notesStored()).sort()).toEqual([NOTE, SECOND].sort());
  });

  it('keeps the notes across a reload of the add-on', async () => {
    await page.evaluate(() => (globalThis as any).browser.runtime.reload());
    // The add-on's pages close with it; it comes back under the same UUID.
    page = await until(async () => {
      const fresh = await firefox.extensionPage('/dashboard.html').catch(() => null);
      if (fresh && (await sendMessage(fresh, 'ping').catch(() => null))?.ok) return fresh;
      await fresh?.close().catch(() => {});
      return null;
    }, 'the add-on to come back after its reload', 30_000);
    await openMaya();
    await until(async () => (await notesShown()).length === 2, 'the notes after the add-on reload');
    expect((await notesStored()).length).toBe(2);
  });

  it('threw no error in its page, and asked nothing of the network', async () => {
    expect(errors).toEqual([]);
    expect(firefox.blocked).toEqual([]);
    expect(await firefox.requests()).toEqual([]);
  });
});
