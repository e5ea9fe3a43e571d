import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flatten, type Messages } from '@/components/i18n/t';

const LOCALES = join(process.cwd(), 'components/i18n/locales');

/** One language's messages file, as written. */
export function readMessages(lang: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as Messages;
}

/**
 * The browser's `i18n` as the built extension has it, speaking `lang` (the tests' fake browser has
 * none): messages by their underscored names, as WXT writes them to `_locales/`.
 */
export function fakeBrowserLanguage(lang: string, uiTag = lang.replace('_', '-')): void {
  const table = new Map([...flatten(readMessages(lang))].map(([k, v]) => [k.replaceAll('.', '_'), v]));
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string) => table.get(name) ?? '';
  i18n.getUILanguage = () => uiTag;
}
