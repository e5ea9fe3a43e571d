import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportZip, currentExport, lines, REC_HEADER } from '../fixtures/exports/build';
import { collectPageErrors, launch, type Launched } from './harness.mjs';

/**
 * The dashboard in real Chromium with the built extension: a database seeded through Vouch's own
 * messages, a LinkedIn export imported through the file input, a namesake resolved, and a backup
 * downloaded, everything deleted, and the backup restored.
 */

let browser: Launched;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.evaluate(async () => {
    const send = (type: string, payload: unknown) => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type, payload });
    const day = 86_400_000;
    const ago = (d: number) => new Date(Date.now() - d * day).toISOString();
    for (const p of [
      { id: 'sam-rivera', name: 'Sam Rivera', firstName: 'Sam', headline: 'Staff Designer at Contoso' },
      { id: 'jane-doe-42', name: 'Jane Doe', firstName: 'Jane', headline: 'Engineering Manager at Northwind' },
      { id: 'dan-okafor', name: 'Dan Okafor', headline: 'Lead at Umbrella' },
      { id: 'dan-okafor-chef', name: 'Dan Okafor', headline: 'Chef in Lagos' },
    ]) {
      const r = await send('contact.upsert', p);
      if (!r.ok) throw new Error(r.error);
    }
    await send('contact.settings', { id: 'sam-rivera', relationship: 'peer' });
    await send('events.append', {
      events: [{ contactId: 'sam-rivera', type: 'request-sent', at: ago(20), source: 'user', key: 'e2e:sam:req' }],
    });
  });
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
});

const nav = (label: string) => page.locator('nav[aria-label="Dashboard views"]').getByRole('button', { name: label, exact: true });

describe('the dashboard in Chromium', () => {
  it('opens on the ledger with the seeded contacts and marks its first render', async () => {
    await page.getByRole('button', { name: 'Sam Rivera' }).waitFor();
    // The first screen may be the preview (only contacts with activity: Sam); the whole ledger
    // takes over once it is read, and says how many contacts it holds.
    await page.getByText('4 contacts', { exact: true }).waitFor();
    expect(await page.locator('[role="row"]').count()).toBe(5);
    const sam = page.locator('[role="row"]', { hasText: 'Sam Rivera' });
    expect(await sam.textContent()).toContain('Send one gentle reminder');
    const ready = await page.evaluate(() => performance.getEntriesByName('vouch:ledger-ready', 'mark').map((m) => m.startTime));
    expect(ready).toHaveLength(1);
    // The steps the benchmark reports, in the order they can happen: the page starts, then the
    // first screen follows the database, the views' code and its first read; the whole ledger last.
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('vouch:', ''), m.startTime])),
    );
    const at = (step: string): number => {
      expect(marks[step], step).toBeTypeOf('number');
      return marks[step]!;
    };
    for (const step of ['db-open', 'views-loaded', 'preview-read', 'settings']) expect(at(step), step).toBeGreaterThanOrEqual(at('dashboard-start'));
    for (const step of ['views-loaded', 'preview-read']) expect(at('ledger-ready'), step).toBeGreaterThanOrEqual(at(step));
    // The first screen was read by the page's small first script, before Dexie and React arrived,
    // so the ledger drew it without waiting for Dexie's open; the whole ledger needs the open.
    expect(at('preview-early')).toBeLessThanOrEqual(at('preview-read'));
    for (const step of ['db-open', 'ledger-ready']) expect(at('ledger-full'), step).toBeGreaterThanOrEqual(at(step));
    // The whole ledger's read waits until the frame showing the first screen is on screen (the
    // page's first contentful paint), so that its work does not hold that frame up.
    const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    expect(painted).toBeTypeOf('number');
    expect(at('ledger-read')).toBeGreaterThanOrEqual(painted!);
    expect(at('ledger-read')).toBeGreaterThanOrEqual(at('ledger-ready'));
  });

  it('shows a due follow-up with a message ready to copy', async () => {
    await nav('Follow-ups').click();
    const message = page.getByLabel('Message for Sam Rivera');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^Hi Sam,/);
  });

  it('imports an export ZIP through the background, then resolves the namesake it could not place', async () => {
    await nav('Import').click();
    // What the background reports to Vouch's pages while it stores the rows, heard beside the dashboard's own listener.
    await page.evaluate(() => {
      const heard: unknown[] = ((globalThis as any).__heard = []);
      (globalThis as any).chrome.runtime.onMessage.addListener((m: { vouchProgress?: number }) => void (m?.vouchProgress && heard.push(m)));
    });
    const zip = buildExportZip({
      ...currentExport(),
      'Recommendations_Received.csv': lines([
        REC_HEADER,
        'Ana,Souza,Acme,Engineering Manager,"Ana led the migration, calmly.","07/21/09, 12:11 PM",VISIBLE',
        'Dan,Okafor,,Lead,Dan unblocks everyone.,7/21/2009,VISIBLE',
      ]),
    });
    await page.getByLabel(/LinkedIn export/).setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const summary = page.getByRole('status', { name: 'Import summary' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 new contacts added.');
    expect(await page.evaluate(() => performance.getEntriesByName('vouch:import-done', 'mark').length)).toBe(1);
    const heard = (await page.evaluate(() => (globalThis as any).__heard)) as { type: string; done: number; total: number }[];
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.at(-1)).toMatchObject({ type: 'import.linkedin', done: heard.at(-1)!.total });

    const question = page.getByRole('listitem', { name: 'Who is Dan Okafor?' });
    await question.waitFor();
    await question.getByRole('button', { name: /Chef in Lagos/ }).click();
    await question.waitFor({ state: 'detached' });

    await nav('Ledger').click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('lagos');
    await page.getByRole('button', { name: 'Dan Okafor' }).click();
    await page.getByText('Dan unblocks everyone.').waitFor();
  });

  it('downloads a backup, deletes everything, and restores the backup', async () => {
    await nav('Backup').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /full backup/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vouch-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'vouch-backup' });

    await nav('Settings').click();
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('All Vouch data was deleted.').waitFor();
    await nav('Ledger').click();
    await page.getByText(/No contacts yet/).waitFor();

    await nav('Backup').click();
    await page.getByLabel(/Vouch backup/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Backup restored' });
    await status.waitFor();
    expect(await status.textContent()).toContain('7 contacts');

    await nav('Ledger').click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('button', { name: 'Sam Rivera' }).waitFor();
    expect(await page.locator('[role="row"]').count()).toBe(8);
  });

  it('refuses a damaged backup and says why', async () => {
    await nav('Backup').click();
    await page.getByLabel(/Vouch backup/).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"vouch-b') });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was changed');
  });

  it('threw no error and made no network request', () => {
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
