import { useEffect, useState } from 'react';
import type { Language } from '@/storage/settings';

/**
 * Product text written for each language (the coach's openers, the sentences a fix adds): English
 * comes with the code, each other language is a chunk of its own, imported the first time it is
 * wanted, so a page never loads the five at once.
 */
export interface LanguageTexts<T> {
  /** The language's text if it has loaded. */
  ready(lang: Language): T | undefined;
  load(lang: Language): Promise<T>;
}

export function perLanguage<T>(english: T, others: Record<Exclude<Language, 'en'>, () => Promise<T>>): LanguageTexts<T> {
  const loaded = new Map<Language, T>([['en', english]]);
  return {
    ready: (lang) => loaded.get(lang),
    load: async (lang) => {
      const known = loaded.get(lang);
      if (known) return known;
      const texts = await others[lang as Exclude<Language, 'en'>]();
      loaded.set(lang, texts);
      return texts;
    },
  };
}

/** The texts in `lang` for a component, null while they load (or when there is no language to write in). */
export function useLanguageTexts<T>(texts: LanguageTexts<T>, lang: Language | null): T | null {
  const [, loaded] = useState(0);
  const now = lang ? texts.ready(lang) : undefined;
  useEffect(() => {
    if (!lang || now) return;
    let live = true;
    texts.load(lang).then(
      () => live && loaded((n) => n + 1),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [texts, lang, now]);
  return now ?? null;
}
