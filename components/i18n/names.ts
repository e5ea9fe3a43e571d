import type { Language } from '@/storage/settings';

/** Each language by its own name, so that a reader finds theirs whatever Vouch speaks now. */
const NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt_BR: 'Português (Brasil)',
};

export const languageName = (lang: Language) => NAMES[lang];
