import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language, type LanguageChoice } from '@/storage/settings';

/** A message's name in components/i18n/locales/en.json, dotted (`panel.pause`). */
export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
/** Values for a message's `{name}` slots. */
export type Slots = Record<string, string | number>;
/** A messages file: nested names, a string or a plural form (`{ "1": …, "n": … }`) at each leaf. */
export type Messages = { [name: string]: string | Messages };

/**
 * The chosen language's messages, loaded only when chosen: `browser.i18n` speaks the browser's
 * language and cannot switch while the page is open, so an explicit choice reads its own copy. Each
 * file is a chunk of its own, imported (the pages' CSP allows no fetch), never all five at once.
 */
const LOADERS: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('./locales/en.json'),
  de: () => import('./locales/de.json'),
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  pt_BR: () => import('./locales/pt_BR.json'),
};

const fromBrowser = createI18n();
let chosen: { lang: Language; table: Map<string, string> } | null = null;
let version = 0;
let wanted: LanguageChoice = 'auto';
const listeners = new Set<() => void>();
const cache = new Map<Language, Map<string, string>>();

/** Plural forms joined as the browser's copy has them (`one | other`), names dotted. */
export function flatten(messages: Messages, into = new Map<string, string>(), prefix = ''): Map<string, string> {
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix + name;
    if (typeof value === 'string') into.set(key, value);
    else if (Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k)))) into.set(key, Object.values(value).join(' | '));
    else flatten(value, into, `${key}.`);
  }
  return into;
}

function message(key: string): string {
  return chosen ? (chosen.table.get(key) ?? '') : fromBrowser.t(key);
}

const fill = (text: string, slots?: Slots) =>
  slots ? text.replace(/\{([A-Za-z0-9_]+)\}/g, (all, name: string) => (Object.hasOwn(slots, name) ? String(slots[name]) : all)) : text;

/** The message `key` in the language Vouch speaks, its `{name}` slots filled. */
export function t(key: MessageKey, slots?: Slots): string {
  return fill(message(key), slots);
}

/** A message with plural forms (`one | other`, or `zero | one | other`) for `count`, in `{n}`. */
export function tn(key: MessageKey, count: number, slots?: Slots): string {
  const forms = message(key).split(' | ');
  const form = forms.length === 3 ? forms[count === 0 || count === 1 ? count : 2] : forms[forms.length === 2 && count !== 1 ? 1 : 0];
  return fill(form ?? '', { n: formatNumber(count), ...slots });
}

/** The browser's interface language, as the browser matches it to Vouch's messages (else English). */
function browserLanguage(): Language {
  let tag = 'en';
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    // A test's fake browser may lack it: English.
  }
  const [base, region] = tag.replace('-', '_').split('_');
  const exact = `${base}_${region?.toUpperCase()}`;
  return LANGUAGES.find((l) => l === exact) ?? LANGUAGES.find((l) => l === base) ?? 'en';
}

/** The language Vouch speaks now. */
export function currentLanguage(): Language {
  return chosen?.lang ?? browserLanguage();
}

/** The locale for Intl: the browser's own for English (its date order), the language otherwise. */
export function intlLocale(): string | undefined {
  const lang = currentLanguage();
  return lang === 'en' ? undefined : lang.replace('_', '-');
}

export const formatNumber = (n: number) => n.toLocaleString(intlLocale());
export const formatDate = (d: Date, options?: Intl.DateTimeFormatOptions) => d.toLocaleDateString(intlLocale(), options);

/**
 * Speaks `choice` from now on: the browser's language ('auto') at once, a chosen one once its
 * messages have loaded. The pages call it before their first render and whenever the setting changes.
 */
export async function setLanguage(choice: LanguageChoice): Promise<void> {
  wanted = choice;
  const lang = choice === 'auto' ? null : choice;
  let table = lang ? cache.get(lang) : undefined;
  if (lang && !table) {
    table = flatten((await LOADERS[lang]()).default);
    cache.set(lang, table);
  }
  if (wanted !== choice) return; // a later choice came first
  chosen = lang && table ? { lang, table } : null;
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage().replace('_', '-');
  version += 1;
  listeners.forEach((l) => l());
}

export function onLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const languageVersion = () => version;
