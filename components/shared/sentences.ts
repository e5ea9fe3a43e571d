/**
 * Sentence splitting for the coach and the request checks. People type in a plain text box, so
 * the splitter must cope with what people type: abbreviations, numbers, links, bullets, emoji,
 * line breaks and a missing final full stop. One pass over the candidate boundaries.
 */
export interface Span {
  start: number;
  end: number;
}

// Titles and Latin shorthands never end a sentence: "Dr. Lee", "e.g. our", "vs. last year".
const NEVER_ENDS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'sgt', 'capt', 'col', 'gen', 'lt', 'rev', 'hon', 'messrs',
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'approx', 'esp', 'incl', 'dept', 'fig', 'vol', 'pp', 'ca', 'viz', 'al',
]);
// These end a sentence only when a capital follows: "Acme Inc. is" goes on, "Acme Inc. She" does not.
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'gmbh', 'jr', 'sr', 'etc', 'bros', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// A candidate boundary: a run of terminal marks with closing quotes, a line break, or an emoji.
const CANDIDATE = /(?:\.{2,}|…)["'”’)\]]*|[.!?‼⁇]+["'”’)\]]*|\n|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;
const BULLET = /^[ \t]*(?:[-*•·–—▪◦►✓✔→]|\d{1,2}[.)]|[a-zA-Z][)])[ \t]+/;
const NUMBER_ONLY = /^[ \t]*\d{1,2}$/;
const WORD_BEFORE = /([\p{L}\p{N}.]+)$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const UPPER_START = /^[\s"'“‘(]*[\p{Lu}\p{N}]/u;
const LOWER_START = /^[\s"'“‘(]*\p{Ll}/u;
// A line that ends like this carries on below: "worked with\nJane", "design,\ncode".
const CARRIES_ON = /(?:[,;:(&/-]|\b(?:and|or|but|with|of|to|the|a|an|at|in|for|on|by|from|as|who|that|which|her|his|their|our|my)) *$/i;

// After "Inc." or "U.S." a new sentence usually opens with one of these, a proper noun usually does not.
const OPENER = /^[\s"'“‘(]*(?:She|He|They|I|We|You|It|Its|Her|His|Their|Our|My|Your|This|That|These|Those|The|A|An|In|On|At|As|When|While|Since|After|Before|During|If|Not|What|Beyond|Also|And|But|So|Overall|Finally|Today|There|Any|Anyone|Working|Having|Thanks|For|With|Without|Above|Under)\b/;
const INITIALS = /^\p{L}(?:\.\p{L})*$/u;
const DOTTED = /\p{L}\.\p{L}/u;

function endsHere(text: string, i: number, mark: string): boolean {
  const after = i + mark.length;
  if (after < text.length && !SPACE.test(text[after]!)) return false; // 3.5, v2.1.3, acme.com, jane.doe@x.io
  const rest = text.slice(after, after + 40);
  if (mark.startsWith('..') || mark.startsWith('…')) return rest.trim() === '' || UPPER_START.test(rest);
  if (mark[0] !== '.') return true; // "!", "?", "?!"
  if (rest.trim() === '') return true;
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, i - 20), i));
  if (!m) return true;
  const word = m[1]!.toLowerCase().replace(/^\.+/, '');
  if (NEVER_ENDS.has(word)) return false;
  if (MAY_END.has(word) || DOTTED.test(word)) return OPENER.test(rest);
  if (INITIALS.test(word)) return false; // "J. Smith"
  return true;
}

/** The sentences of a text, as trimmed spans in reading order. Each bullet is at least one. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 8)));
    if (bullet && bullet[0].length < e - s) s += bullet[0].length;
    // "Her strengths:" above a list introduces the bullets; it is not a sentence of its own.
    if (text[e - 1] === ':' && text.slice(e, e + 3).includes('\n')) return;
    if (s < e && HAS_WORD.test(text.slice(s, e))) spans.push({ start: s, end: e });
    else if (spans.length && s < e) spans[spans.length - 1]!.end = Math.max(spans[spans.length - 1]!.end, e); // a trailing emoji or "!!" joins its sentence
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const mark = m[0];
    const i = m.index;
    if (mark === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const next = text.slice(i + 1, text.indexOf('\n', i + 1) === -1 ? text.length : text.indexOf('\n', i + 1));
      const line = text.slice(lineStart, i);
      const blank = next.trim() === '' || line.trim() === '';
      if (blank || BULLET.test(next) || BULLET.test(line) || (!CARRIES_ON.test(line) && UPPER_START.test(next))) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    // A bullet's own "1." is part of the bullet, not the end of a sentence.
    if (mark === '.' && NUMBER_ONLY.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) continue;
    if (/\p{Extended_Pictographic}/u.test(mark)) {
      // An emoji ends a sentence only when the next one begins with a capital.
      const rest = text.slice(i + mark.length, i + mark.length + 40);
      if (!UPPER_START.test(rest)) continue;
      push(i + mark.length);
      start = i + mark.length;
      continue;
    }
    if (!endsHere(text, i, mark)) continue;
    push(i + mark.length);
    start = i + mark.length;
  }
  push(text.length);
  return spans;
}

/** How many sentences a reader would count. */
export function sentenceCount(text: string): number {
  return splitSentences(text).length;
}
