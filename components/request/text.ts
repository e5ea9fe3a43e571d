/** Small text tools shared by the checks: positions always refer to the message as typed. */
import { splitSentences } from '@/components/shared/sentences';

export interface Span {
  start: number;
  end: number;
}

export interface Piece extends Span {
  text: string;
}

/** Same length as the input, so offsets found in it are offsets in the original. */
export function plain(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ');
}

/** Accents off, lower case: how names and words are compared. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en');
}

/** Sentences with their text, as the coach counts them (one splitter for both). */
export function sentences(text: string): Piece[] {
  return splitSentences(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** Words (letters, digits, inner apostrophes and hyphens) with their offsets. */
export function words(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The piece that contains an offset, if any. */
export function pieceAt<T extends Span>(pieces: T[], offset: number): T | undefined {
  return pieces.find((p) => offset >= p.start && offset < p.end);
}

/** First match of any pattern, as a span; patterns need the `g` flag off. */
export function firstMatch(text: string, patterns: readonly RegExp[]): Span | null {
  let best: Span | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Every match of every pattern (each pattern must carry the `g` flag). */
export function allMatches(text: string, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A regex from a list of alternatives, matched as whole words, case-insensitive. */
export function wordsRe(list: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${list.join('|')})\\b`, flags);
}
