import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings, type Settings } from '@/storage/settings';

describe('settings in the extension storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('completes what an older version stored with the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('keeps what is stored in one key, readable by the other pages', async () => {
    await updateSettings({ reminderAfterDays: 9 });
    await updateSettings({ paused: true });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, reminderAfterDays: 9, paused: true });
  });

  it('tells a watcher of every change, completed, and stops when unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = settingsItem.watch((s) => seen.push(s));
    await updateSettings({ paused: true });
    await settingsItem.removeValue();
    // Another key in the same storage is not a settings change.
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    unwatch();
    await updateSettings({ theme: 'light' });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, paused: true }, DEFAULT_SETTINGS]);
  });

  it('ignores changes to the same key in another storage area', async () => {
    const seen: Settings[] = [];
    const unwatch = settingsItem.watch((s) => seen.push(s));
    await fakeBrowser.storage.sync.set({ settings: { paused: true } });
    unwatch();
    expect(seen).toEqual([]);
  });
});
