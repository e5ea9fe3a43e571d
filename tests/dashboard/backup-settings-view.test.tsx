import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupView } from '@/components/dashboard/BackupView';
import { SettingsView } from '@/components/dashboard/SettingsView';
import { exportBackup } from '@/storage/backup';
import { appendEvents } from '@/storage/repositories/events';
import { getSettings, updateSettings } from '@/storage/settings';
import type { Call } from '@/components/shared/client';
import { backgroundFor, contact, event, freshDb, isDisabled, renderView } from './helpers';
import { NEWER_DATA_MESSAGE } from '@/storage/open';

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

async function seeded() {
  const db = freshDb();
  await db.contacts.add(contact('sam', 'Sam Rivera', { relationship: 'peer' }));
  await appendEvents(db, [event('sam', 'received', 3, { text: 'Sam is *great*.' })]);
  return db;
}

describe('BackupView', () => {
  it('downloads a full JSON backup, the Markdown of received recommendations and the ledger CSV', async () => {
    renderView(<BackupView />, await seeded());
    fireEvent.click(screen.getByRole('button', { name: /full backup/ }));
    fireEvent.click(screen.getByRole('button', { name: /Markdown/ }));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    const byEnd = (ext: string) => downloads.find((d) => d.name.endsWith(ext));
    const [json, md, csv] = [byEnd('.json'), byEnd('.md'), byEnd('.csv')];
    expect(json!.name).toMatch(/^vouch-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await json!.blob.text())).toMatchObject({ format: 'vouch-backup' });
    expect(md!.name).toMatch(/\.md$/);
    expect(await md!.blob.text()).toContain('Sam Rivera');
    expect(csv!.name).toMatch(/\.csv$/);
    expect(await csv!.blob.text()).toContain('Sam Rivera');
  });

  it('restores a backup after the user confirms, replacing what was there', async () => {
    const source = await seeded();
    const file = new File([await exportBackup(source)], 'vouch-backup.json', { type: 'application/json' });
    const db = freshDb();
    await db.contacts.add(contact('other', 'Someone Else'));
    renderView(<BackupView />, db);
    fireEvent.change(screen.getByLabelText(/Vouch backup/), { target: { files: [file] } });
    const confirm = await screen.findByRole('alertdialog', { name: 'Confirm restore' });
    expect(await db.contacts.count()).toBe(1);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace my data' }));
    expect((await screen.findByRole('status')).textContent).toContain('Backup restored: 1 contacts, 1 events');
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual(['sam']);
  });

  it.each([
    ['not JSON', '{"format": "vouch-ba', /not complete JSON/],
    ['foreign', '{"hello": "world"}', /not a Vouch backup/],
    ['from a newer Vouch', '{"format": "vouch-backup", "version": 99}', /newer version of Vouch/],
  ])('says why a %s file cannot be restored, and changes nothing', async (_label, text, why) => {
    const db = await seeded();
    renderView(<BackupView />, db);
    fireEvent.change(screen.getByLabelText(/Vouch backup/), { target: { files: [new File([text], 'x.json')] } });
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace my data' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(why);
    expect(alert.textContent).toContain('Nothing was changed');
    expect(await db.contacts.count()).toBe(1);
  });

  it('says a backup is too large to restore before reading it, and sends nothing', async () => {
    const db = await seeded();
    const sent: string[] = [];
    const { send } = backgroundFor(db);
    renderView(<BackupView />, db, { background: { send: ((type, payload) => (sent.push(type), send(type, payload))) as Call } });
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 60_000_000 });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByLabelText(/Vouch backup/), { target: { files: [file] } });
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace my data' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at 60 MB it is larger than Vouch can take in at once\. Nothing was changed\./);
    expect(read).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(await db.contacts.count()).toBe(1);
  });

  it('cannot restore into read-only data', async () => {
    renderView(<BackupView />, await seeded(), { readOnlyReason: NEWER_DATA_MESSAGE });
    expect(isDisabled(screen.getByLabelText(/Vouch backup/))).toBe(true);
  });
});

describe('SettingsView', () => {
  it('saves the default reminder delay, refusing nonsense', async () => {
    renderView(<SettingsView />, freshDb());
    const input = screen.getByRole('textbox', { name: /Suggest a reminder after/ });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('14'));
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.blur(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/between 1 and 365/);
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.blur(input);
    await waitFor(async () => expect((await getSettings()).reminderAfterDays).toBe(10));
  });

  it('pauses and resumes Vouch on LinkedIn', async () => {
    renderView(<SettingsView />, freshDb());
    fireEvent.click(await screen.findByRole('button', { name: 'Pause Vouch on LinkedIn' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Vouch on LinkedIn' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(false));
  });

  it('sets who the user is on LinkedIn from a profile address, refusing one that is not', async () => {
    renderView(<SettingsView />, freshDb());
    const name = screen.getByRole('textbox', { name: 'Your name' });
    const url = screen.getByRole('textbox', { name: 'Your profile address' });
    fireEvent.change(name, { target: { value: 'Alex Morgan' } });
    fireEvent.change(url, { target: { value: 'https://example.com/alex' } });
    fireEvent.click(within(name.closest('fieldset')!).getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/profile address/);
    expect((await getSettings()).viewer).toBeNull();
    fireEvent.change(url, { target: { value: 'https://www.linkedin.com/in/Alex%2DMorgan/?trk=x' } });
    fireEvent.click(within(name.closest('fieldset')!).getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await getSettings()).viewer).toEqual({ id: 'alex-morgan', name: 'Alex Morgan' }));
  });

  it('chooses the theme', async () => {
    renderView(<SettingsView />, freshDb());
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await getSettings()).theme).toBe('dark'));
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true));
  });

  it('edits a template, then resets it to Vouch’s text', async () => {
    const db = freshDb();
    renderView(<SettingsView />, db);
    const body = screen.getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement;
    await waitFor(() => expect(body.value).toContain('{firstName}'));
    fireEvent.change(body, { target: { value: 'Hello {firstName}, mine now.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.templates.toArray()).map((t) => t.body)).toEqual(['Hello {firstName}, mine now.']));
    fireEvent.click(await screen.findByRole('button', { name: /Reset to Vouch/ }));
    await waitFor(async () => expect(await db.templates.count()).toBe(0));
    await waitFor(() => expect(body.value).not.toContain('mine now'));
  });

  it('deletes all data only after a confirmation', async () => {
    const db = await seeded();
    await updateSettings({ reminderAfterDays: 30 });
    renderView(<SettingsView />, db);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(await db.contacts.count()).toBe(1);
    const confirm = screen.getByRole('alertdialog', { name: 'Confirm deletion' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('All Vouch data was deleted.')).toBeTruthy();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect((await getSettings()).reminderAfterDays).toBe(14);
  });

  it('disables deletion and the reminder delay when the data is read-only', async () => {
    renderView(<SettingsView />, freshDb(), { readOnlyReason: NEWER_DATA_MESSAGE });
    expect(isDisabled(screen.getByRole('button', { name: 'Delete all data…' }))).toBe(true);
    expect(isDisabled(screen.getByRole('textbox', { name: /Suggest a reminder after/ }))).toBe(true);
  });
});
