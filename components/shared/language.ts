import { browser } from 'wxt/browser';

/**
 * What language a text the user writes is in, as far as the checks care: English, which every
 * check reads, or another language, which only the checks that need no English words read.
 */
export type TextLanguage = 'en' | 'other';

/** The browser's answer (`i18n.detectLanguage`, on the device, in Chrome and Firefox). */
export interface Detection {
  isReliable: boolean;
  languages: { language: string; percentage: number }[];
}
export type Detect = (text: string) => Promise<Detection>;

/** Below this many words a text is too short to tell: it is read as English, with every check. */
const MIN_WORDS = 6;
/** English prose has far more of these words than this share; another language has almost none. */
const MIN_ENGLISH_SHARE = 0.08;
const WORD = /\p{L}[\p{L}'’]*/gu;
// Common English words that are not also common words of the languages LinkedIn speaks (German
// "was", "will", "also"; Portuguese "as"... are left out).
const ENGLISH = new Set(
  'the and of to is with for that this have has had who he she they his their our my your we you it be been are were would can could not but from by at on or if very what when which about one more most work worked working'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Pure guess from the text alone: used in tests and wherever the browser cannot tell. */
export function guessLanguage(text: string): TextLanguage {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return 'en';
  const english = words.filter((w) => ENGLISH.has(w.replace(/['’].*$/, ''))).length;
  return english / words.length >= MIN_ENGLISH_SHARE ? 'en' : 'other';
}

/**
 * The browser's answer where it is sure and the text is long enough; the pure guess otherwise.
 * English anywhere near the top keeps every check: a text is "other" only when it is plainly so.
 */
export function languageFrom(detection: Detection | null, text: string): TextLanguage {
  if (wordsOf(text).length < MIN_WORDS) return 'en';
  const top = detection?.languages[0];
  if (!detection?.isReliable || !top || top.language === 'und') return guessLanguage(text);
  return detection.languages.some((l) => /^en\b/i.test(l.language) && l.percentage >= 20) ? 'en' : 'other';
}

const browserDetect: Detect | null =
  typeof browser?.i18n?.detectLanguage === 'function' ? (text) => browser.i18n.detectLanguage(text) as Promise<Detection> : null;

/** Detects the text's language on the device (nothing leaves it); `detect` is for tests. */
export async function detectLanguage(text: string, detect: Detect | null = browserDetect): Promise<TextLanguage> {
  if (!detect || wordsOf(text).length < MIN_WORDS) return languageFrom(null, text);
  const detection = await detect(text).catch(() => null);
  return languageFrom(detection, text);
}

