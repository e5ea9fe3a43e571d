import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportView } from '@/components/dashboard/ImportView';
import type { VouchDb } from '@/storage/db';
import { buildExportZip, currentExport, lines, REC_HEADER } from '../fixtures/exports/build';
import type { Call } from '@/components/shared/client';
import type { Progress } from '@/storage/protocol/progress';
import { backgroundFor, contact, freshDb, isDisabled, renderView } from './helpers';
import { NEWER_DATA_MESSAGE } from '@/storage/open';

const zipFile = (bytes: Uint8Array, name = 'Basic_LinkedInDataExport.zip') => new File([bytes as BlobPart], name, { type: 'application/zip' });
const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText(/LinkedIn export/), { target: { files } });

/** Two contacts called Dan Okafor, and an export that names one of them without saying which. */
async function withNamesakes(db: VouchDb) {
  await db.contacts.bulkAdd([
    contact('dan-okafor', 'Dan Okafor', { headline: 'Lead at Umbrella' }),
    contact('dan-okafor-2', 'Dan Okafor', { headline: 'Chef in Lagos' }),
  ]);
  return buildExportZip({ 'Recommendations_Received.csv': lines([REC_HEADER, 'Dan,Okafor,,Lead,Dan unblocks everyone.,7/21/2009,VISIBLE']) });
}

beforeEach(() => performance.clearMarks());

describe('ImportView', () => {
  it('imports an export, shows the summary and marks the import done', async () => {
    const db = freshDb();
    renderView(<ImportView />, db);
    choose(zipFile(buildExportZip(currentExport())));
    const summary = await screen.findByRole('status', { name: 'Import summary' });
    expect(summary.textContent).toContain('3 new contacts added.');
    expect(summary.textContent).toContain('3 recommendations added to your history.');
    expect(await db.contacts.count()).toBe(3);
    expect(performance.getEntriesByName('vouch:import-done', 'mark').length).toBe(1);
  });

  it('says that a second import of the same export changed nothing', async () => {
    const db = freshDb();
    renderView(<ImportView />, db);
    choose(zipFile(buildExportZip(currentExport())));
    await screen.findByRole('status', { name: 'Import summary' });
    choose(zipFile(buildExportZip(currentExport())));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Import summary' }).textContent).toContain('already in Vouch'));
    expect(screen.getByRole('status', { name: 'Import summary' }).textContent).not.toContain('new contact');
  });

  it('shows a bar while the archive is read, then while it is unpacked and stored', async () => {
    const db = freshDb();
    renderView(<ImportView />, db);
    const bytes = buildExportZip(currentExport());
    // A file that arrives in two halves, the second only when the test lets it.
    let release!: () => void;
    const second = new Promise<void>((r) => (release = r));
    const half = Math.ceil(bytes.length / 2);
    const file = zipFile(bytes);
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          async start(c) {
            c.enqueue(bytes.slice(0, half));
            await second;
            c.enqueue(bytes.slice(half));
            c.close();
          },
        }),
    });
    choose(file);
    const bar = await screen.findByRole('progressbar', { name: /Reading the archive/ });
    await waitFor(() => expect(bar.getAttribute('aria-valuetext')).toBe(`${Math.round((half / bytes.length) * 100)}%`));
    expect(isDisabled(screen.getByLabelText(/LinkedIn export/))).toBe(true);
    release();
    expect((await screen.findByRole('status', { name: 'Import summary' })).textContent).toContain('3 new contacts added.');
    expect(await db.contacts.count()).toBe(3);
  });

  it('hands the rows to the background, and its bar follows the background’s reports on this import only', async () => {
    const db = freshDb();
    const real = backgroundFor(db);
    const listeners = new Set<(p: Progress) => void>();
    const report = (p: Omit<Progress, 'vouchProgress'>) => act(() => listeners.forEach((l) => l({ vouchProgress: 1, ...p })));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const sent: string[] = [];
    const send = (async (type, payload) => {
      sent.push(type);
      if (type === 'import.linkedin') await held;
      return real.send(type, payload);
    }) as Call;
    const onProgress = (l: (p: Progress) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    };
    renderView(<ImportView />, db, { background: { send, onProgress } });
    choose(zipFile(buildExportZip(currentExport())));
    await screen.findByRole('progressbar', { name: /Checking the rows/ });
    expect(sent).toEqual(['import.linkedin']);
    expect(await db.contacts.count()).toBe(0);

    report({ type: 'import.linkedin', done: 2_000, total: 8_000 });
    const bar = await screen.findByRole('progressbar', { name: /Saving into Vouch/ });
    expect(bar.getAttribute('aria-valuetext')).toBe('25%');
    expect(screen.getByText('2000 of 8000')).toBeTruthy();
    report({ type: 'backup.restore', done: 8_000, total: 8_000 });
    expect(bar.getAttribute('aria-valuetext')).toBe('25%');

    release();
    expect((await screen.findByRole('status', { name: 'Import summary' })).textContent).toContain('3 new contacts added.');
    expect(listeners.size).toBe(0);
  });

  it('shows the background’s own reports while a real import stores its rows', async () => {
    const db = freshDb();
    const real = backgroundFor(db);
    const seen: Progress[] = [];
    const onProgress = (l: (p: Progress) => void) =>
      real.onProgress((p) => {
        seen.push(p);
        l(p);
      });
    renderView(<ImportView />, db, { background: { send: real.send, onProgress } });
    choose(zipFile(buildExportZip(currentExport())));
    await screen.findByRole('status', { name: 'Import summary' });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p) => p.type === 'import.linkedin')).toBe(true);
    expect(seen.at(-1)).toMatchObject({ done: seen.at(-1)!.total });
  });

  it('lists the problems of a partial export', async () => {
    const { 'Connections.csv': _drop, ...rest } = currentExport();
    renderView(<ImportView />, freshDb());
    choose(zipFile(buildExportZip(rest)));
    const summary = await screen.findByRole('status', { name: 'Import summary' });
    expect(within(summary).getByRole('list', { name: 'Problems' }).textContent).toMatch(/Connections\.csv is not in this export/);
  });

  it.each([
    ['a damaged archive', zipFile(new Uint8Array([80, 75, 3, 4, 1, 2, 3])), /could not be opened as a ZIP/],
    ['a foreign ZIP', zipFile(buildExportZip({ 'holiday.jpg': 'not a photo' })), /does not look like a LinkedIn data export/],
    ['a CSV instead of the ZIP', new File(['a,b'], 'Connections.csv'), /not a ZIP file/],
  ])('refuses %s and changes nothing', async (_label, file, message) => {
    const db = freshDb();
    renderView(<ImportView />, db);
    choose(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toContain('nothing was changed');
    expect(await db.contacts.count()).toBe(0);
  });

  it('asks who a namesake is, and writes the recommendation to the person picked', async () => {
    const db = freshDb();
    const zip = await withNamesakes(db);
    renderView(<ImportView />, db);
    choose(zipFile(zip));
    const card = await screen.findByRole('listitem', { name: 'Who is Dan Okafor?' });
    expect(card.textContent).toContain('Dan unblocks everyone.');
    fireEvent.click(within(card).getByRole('button', { name: /Chef in Lagos/ }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Who is Dan Okafor?' })).toBeNull());
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ contactId: 'dan-okafor-2', type: 'received', source: 'import' });
  });

  it.each([
    ['a new contact', /Someone else/, 3, 1],
    ['skipped', /Skip/, 2, 0],
  ])('lets the user answer %s', async (_label, button, contacts, events) => {
    const db = freshDb();
    const zip = await withNamesakes(db);
    renderView(<ImportView />, db);
    choose(zipFile(zip));
    fireEvent.click(within(await screen.findByRole('listitem', { name: 'Who is Dan Okafor?' })).getByRole('button', { name: button }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Who is Dan Okafor?' })).toBeNull());
    expect(await db.contacts.count()).toBe(contacts);
    expect(await db.events.count()).toBe(events);
    expect(await db.ambiguities.count()).toBe(0);
  });

  it('disables the file input and the answers when the data is read-only', async () => {
    const db = freshDb();
    await db.ambiguities.add({ createdAt: new Date(), row: { name: 'Dan Okafor', type: 'received', at: new Date(), key: 'k' }, candidates: ['a', 'b'] });
    renderView(<ImportView />, db, { readOnlyReason: NEWER_DATA_MESSAGE });
    const card = await screen.findByRole('listitem', { name: 'Who is Dan Okafor?' });
    expect(isDisabled(screen.getByLabelText(/LinkedIn export/))).toBe(true);
    for (const b of within(card).getAllByRole('button')) expect(isDisabled(b)).toBe(true);
  });
});
