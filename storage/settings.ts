import { browser } from 'wxt/browser';

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
  /** The language Vouch speaks: the browser's own ('auto'), or one the user chose. */
  language: LanguageChoice;
}

/** The languages Vouch is written in, as the browser names their message folders. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = 'auto' | Language;

export const DEFAULT_SETTINGS: Settings = {
  reminderAfterDays: 14,
  theme: 'system',
  paused: false,
  viewer: null,
  language: 'auto',
};

const KEY = 'settings';

/** A stored value completed with the defaults (older versions stored fewer fields). */
function complete(stored: unknown): Settings {
  return stored && typeof stored === 'object' ? { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) } : { ...DEFAULT_SETTINGS };
}

/**
 * The settings in `browser.storage.local` under one key, written directly against the storage API
 * (a few lines) rather than through a storage library: the content script that every LinkedIn page
 * loads reads them, and each kilobyte there is parsed on every visit. Separate functions, so that
 * it carries only the two it uses.
 */
export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return complete(got[KEY]);
}

export async function writeSettings(value: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: value });
}

export async function clearSettings(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

/** Calls `cb` with the new settings whenever they change, in any tab or page; returns the unwatch. */
export function watchSettings(cb: (next: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(complete(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The same four, as one item. */
export const settingsItem = { getValue: readSettings, setValue: writeSettings, removeValue: clearSettings, watch: watchSettings };

export const getSettings = readSettings;

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await writeSettings(next);
  return next;
}
