import { fold, plain, type Span } from './text';

export interface Greeting {
  /** The greeting with its name, e.g. "Hi Sam" in "Hi Sam, …". */
  span: Span;
  /** The name it addresses, when it addresses one. */
  name: (Span & { text: string }) | null;
}

// With the greetings of the other languages Vouch writes, so that a fix changes only their name.
const OPENER =
  /^\s*(?:hi|hello|hey|hiya|heya|dear|greetings|howdy|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|yo|hallo|liebe|lieber|guten (?:morgen|tag|abend)|moin|servus|bonjour|salut|coucou|chère|cher|hola|buenas|buenos días|querid[oa]|estimad[oa]|oi|olá|prezad[oa]|ciao)(?![\p{L}\d_])[ \t]*/iu;
const NOT_A_NAME = new Set(['there', 'all', 'everyone', 'team', 'friend', 'sir', 'madam', 'folks', 'again', 'you', 'colleague']);
const NAME = /^((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)?)/u;
// People type fast: "hi sam," still names someone.
const LOWER_NAME = /^([\p{Ll}][\p{L}'-]+)(?=[ \t]*[,!])/u;
/** Formal address ("Dear Professor Okafor") names the person without their first name. */
export const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|madam|dean|coach|judge|rev|captain|capt)\b/i;
// "Hola, Ana:", "Oi, Ana!", "Hi, Sam,": a name set off by a comma, when punctuation follows it.
const COMMA_NAME = /^,[ \t]*(\p{Lu}[\p{L}'-]*)(?=[ \t]*[,:!])/u;
// A slot for the name, from a template or a mail merge: "Hi ____", "Dear [Name]", "Hi, {{ name }}".
const PLACEHOLDER = /^,?[ \t]*(\{\{[^{}\n]{1,30}\}\}|\{[\w$ ]{1,30}\}|\[[\p{L} ]{1,30}\]|<[\p{L} ]{1,30}>|_{2,}|\.{3,}|…)/u;
// A message may open straight on the name: "Sam, it's been a while".
const BARE_NAME = /^\s*(\p{Lu}[\p{L}'-]+)[ \t]*[,!—–-]/u;
const NOT_OPENING_NAMES = new Set([
  'thanks', 'hope', 'well', 'so', 'yes', 'okay', 'ok', 'sorry', 'also', 'please', 'firstly', 'hopefully', 'listen', 'look',
  'great', 'wow', 'congrats', 'congratulations', 'honestly', 'quick', 'anyway', 'now', 'today', 'recently', 'first', 'again',
]);

/** Reads how the message opens: a greeting and the name it uses, if any. */
export function readGreeting(message: string): Greeting | null {
  const t = plain(message);
  const open = OPENER.exec(t);
  if (open) {
    const after = open.index + open[0].length;
    const slot = PLACEHOLDER.exec(t.slice(after));
    if (slot) {
      const start = after + slot[0].length - slot[1]!.length;
      const name = { start, end: start + slot[1]!.length, text: slot[1]! };
      return { span: { start: t.length - t.trimStart().length, end: name.end }, name };
    }
    const m = NAME.exec(t.slice(after)) ?? LOWER_NAME.exec(t.slice(after)) ?? COMMA_NAME.exec(t.slice(after));
    if (m && !NOT_A_NAME.has(fold(m[1]!.split(/\s+/)[0]!))) {
      const start = after + m[0].length - m[1]!.length;
      return { span: { start: t.length - t.trimStart().length, end: start + m[1]!.length }, name: { start, end: start + m[1]!.length, text: m[1]! } };
    }
    const end = open.index + open[0].trimEnd().length;
    const tail = /^(?:there|all|everyone|team|friend)\b/i.exec(t.slice(after));
    return { span: { start: t.length - t.trimStart().length, end: tail ? after + tail[0].length : end }, name: null };
  }
  const bare = BARE_NAME.exec(t);
  if (bare && !NOT_OPENING_NAMES.has(fold(bare[1]!))) {
    const start = bare.index + bare[0].indexOf(bare[1]!);
    return { span: { start, end: start + bare[1]!.length }, name: { start, end: start + bare[1]!.length, text: bare[1]! } };
  }
  return null;
}

/** Whether two spellings are the same first name, allowing short forms (Alex for Alexandra). */
export function sameFirstName(a: string, b: string): boolean {
  const x = fold(a).trim();
  const y = fold(b).trim();
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.startsWith(short);
}
