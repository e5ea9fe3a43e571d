import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '@/storage/settings';

/**
 * What language a text the user writes is in, as far as the checks care: English, which every
 * check reads, or another language, which only the checks that need no English words read.
 */
export type TextLanguage = 'en' | 'other';

/**
 * Which language a text is written in, for the words Vouch adds to it: one of the five Vouch
 * writes, 'other' for a language it does not write, null when the text is too short to tell.
 */
export type WrittenLanguage = Language | 'other' | null;

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

// Frequent words of each other language Vouch writes that the others use little ("es", "de",
// "que", "mais", "no" are shared and left out); Italian's, so that it is not taken for Spanish.
const MARKERS: Record<Exclude<Language, 'en'> | 'it', ReadonlySet<string>> = {
  de: new Set('und der die das ich nicht mit für ist ein eine einen auf dass wir zu den dem sie er auch hat habe haben sich von bei wie wenn oder aber noch sehr dir dich ihnen mir mich uns wäre würde vielen dank danke gern gerne immer über ihre ihr sein seine zusammen hallo'.split(' ')),
  fr: new Set('le les et des du je vous une est pour qui dans avec pas sur nous ou au aux ce cette il elle très été être merci bien votre vos mon mes j c d l qu n m s ai avez êtes chez projet équipe travail toujours aussi bonjour salut'.split(' ')),
  es: new Set('el los las y con del al una muy su sus lo pero más fue gracias mucho yo también hola eres puedes contigo tú usted hemos ha han he trabajé equipo proyecto ayuda siempre cuando'.split(' ')),
  pt_BR: new Set('o os você não do da dos das na nas com uma muito em é foi obrigado obrigada olá oi também seu sua meu minha ele ela isso esse essa quando sempre trabalho equipe projeto ajuda pelo pela ao aos à às tem tenho estou lhe nós'.split(' ')),
  it: new Set('il di che non per sono ho della delle nel nella gli anche molto questo questa lavorato lavoro grazie ciao perché sempre'.split(' ')),
};

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/['’].*$/, ''));
}

const share = (words: string[], set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length / words.length;

/** Pure guess from the text alone: used in tests and wherever the browser cannot tell. */
export function guessWritten(text: string): WrittenLanguage {
  const words = wordsOf(text);
  if (words.length < MIN_WORDS) return null;
  if (share(words, ENGLISH) >= MIN_ENGLISH_SHARE) return 'en';
  const [best, most] = (Object.keys(MARKERS) as (keyof typeof MARKERS)[])
    .map((lang) => [lang, share(words, MARKERS[lang])] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  return most >= MIN_ENGLISH_SHARE && best !== 'it' ? best : 'other';
}

/** What the checks read: every check for English and for a text too short to tell. */
export const forChecks = (written: WrittenLanguage): TextLanguage => (written === null || written === 'en' ? 'en' : 'other');

export const guessLanguage = (text: string): TextLanguage => forChecks(guessWritten(text));

/** One of Vouch's languages for the browser's tag ("pt" and "pt-PT" are written as Brazilian Portuguese). */
function ours(tag: string): Language | null {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return base === 'pt' ? 'pt_BR' : (LANGUAGES.find((l) => l === base) ?? null);
}

/**
 * The browser's answer where it is sure and the text is long enough; the pure guess otherwise.
 * English anywhere near the top keeps every check: a text is another language only when it is plainly so.
 */
export function writtenFrom(detection: Detection | null, text: string): WrittenLanguage {
  if (wordsOf(text).length < MIN_WORDS) return null;
  const top = detection?.languages[0];
  if (!detection?.isReliable || !top || top.language === 'und') return guessWritten(text);
  if (detection.languages.some((l) => /^en\b/i.test(l.language) && l.percentage >= 20)) return 'en';
  return ours(top.language) ?? 'other';
}

export const languageFrom = (detection: Detection | null, text: string): TextLanguage => forChecks(writtenFrom(detection, text));

/**
 * The language of the words Vouch adds to a user's text (a fix, an opener): the text's own when
 * Vouch writes it, the language Vouch speaks when the text is too short to tell, none when the
 * text is plainly in a language Vouch does not write.
 */
export function addInto(written: WrittenLanguage, spoken: Language): Language | null {
  return written === 'other' ? null : (written ?? spoken);
}

const browserDetect: Detect | null =
  typeof browser?.i18n?.detectLanguage === 'function' ? (text) => browser.i18n.detectLanguage(text) as Promise<Detection> : null;

/** Detects the text's language on the device (nothing leaves it); `detect` is for tests. */
export async function detectWritten(text: string, detect: Detect | null = browserDetect): Promise<WrittenLanguage> {
  if (!detect || wordsOf(text).length < MIN_WORDS) return writtenFrom(null, text);
  const detection = await detect(text).catch(() => null);
  return writtenFrom(detection, text);
}

export const detectLanguage = async (text: string, detect: Detect | null = browserDetect): Promise<TextLanguage> => forChecks(await detectWritten(text, detect));

