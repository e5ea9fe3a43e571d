import { storage } from 'wxt/utils/storage';

/**
 * The user's preferences. They live in the extension's own storage (`browser.storage.local`), which
 * the content script can read directly and watch for changes (the pause switch takes effect at
 * once in every tab), and which LinkedIn's page cannot see.
 */
export interface Settings {
  /** Days without an answer before a gentle reminder is suggested. */
  reminderAfterDays: number;
  theme: 'system' | 'light' | 'dark';
  /** When true, Vouch adds nothing to LinkedIn's pages. */
  paused: boolean;
  /** The signed-in LinkedIn user, when the user set it (otherwise read from the page's Me menu). */
  viewer: { id: string; name: string } | null;
}

export const DEFAULT_SETTINGS: Settings = {
  reminderAfterDays: 14,
  theme: 'system',
  paused: false,
  viewer: null,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}
