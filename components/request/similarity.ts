/**
 * How alike two messages are, names aside: word 3-shingles hashed to 32-bit numbers, kept sorted
 * so that comparing two messages is one merge. Earlier messages are cached by their text, so a
 * check against a thousand of them costs a thousand merges and no re-tokenising.
 */
import { fnv1a } from '@/storage/hash';
import { fold, plain, words, type Span } from './text';

const K = 3;
const GREETING = /^(?:hi|hello|hey|hiya|dear|greetings|howdy|morning|afternoon|evening|good)$/;

export interface Shingled {
  /** Sorted unique hashes of the message's word shingles. */
  hashes: Uint32Array;
}

/** Folded name parts: "Mary-Ann O'Neil" gives mary, ann, mary-ann, o'neil, oneil, neil. */
export function nameParts(...names: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const w of words(plain(name))) {
      const f = fold(w.text);
      if (f.length < 2) continue;
      out.add(f);
      for (const part of f.split(/['-]/)) if (part.length >= 2) out.add(part);
    }
  }
  return out;
}

interface Token {
  word: string;
  span: Span;
}

/** The message's words, folded, without the people's names or the name after a greeting. */
export function contentTokens(text: string, names: Set<string>): Token[] {
  const ws = words(plain(text));
  const out: Token[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = fold(ws[i]!.text);
    const prev = i > 0 ? fold(ws[i - 1]!.text) : '';
    if (names.has(w) || names.has(w.replace(/'s$/, ''))) continue;
    // "Hi" opens every message: it says nothing about whether two messages are the same.
    if (i === 0 && GREETING.test(w)) continue;
    if (GREETING.test(prev) && /^\p{Lu}/u.test(ws[i]!.text)) continue;
    out.push({ word: w, span: ws[i]! });
  }
  return out;
}

function shingleHashes(tokens: Token[]): number[] {
  if (tokens.length < K) return tokens.map((t) => fnv1a(t.word));
  const out: number[] = [];
  for (let i = 0; i + K <= tokens.length; i++) {
    out.push(fnv1a(`${tokens[i]!.word} ${tokens[i + 1]!.word} ${tokens[i + 2]!.word}`));
  }
  return out;
}

function sortedUnique(list: number[]): Uint32Array {
  const arr = Uint32Array.from(list).sort();
  let n = 0;
  for (let i = 0; i < arr.length; i++) if (i === 0 || arr[i] !== arr[n - 1]) arr[n++] = arr[i]!;
  return arr.slice(0, n);
}

export function shingle(text: string, names: Set<string>): Shingled {
  return { hashes: sortedUnique(shingleHashes(contentTokens(text, names))) };
}

const CACHE_LIMIT = 5_000;
// Keyed by the strings themselves (never a concatenation) so that lookups reuse the hash V8 keeps
// on each string, and by the entry object when the caller passes the same list again.
const byText = new Map<string, Map<string, Shingled>>();
const byEntry = new WeakMap<object, Shingled>();

/** Shingles of an earlier message sent to `contactName`, computed once per text. */
export function shingleEarlier(text: string, contactName: string, entry?: object): Shingled {
  const known = entry && byEntry.get(entry);
  if (known) return known;
  let forText = byText.get(text);
  if (!forText) {
    if (byText.size >= CACHE_LIMIT) byText.clear();
    forText = new Map();
    byText.set(text, forText);
  }
  let hit = forText.get(contactName);
  if (!hit) {
    hit = shingle(text, nameParts(contactName));
    forText.set(contactName, hit);
  }
  if (entry) byEntry.set(entry, hit);
  return hit;
}

export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

export interface Likeness {
  /** Shared shingles over all shingles (Jaccard). */
  jaccard: number;
  /** Shared shingles over the shorter message's: high when one message contains the other. */
  containment: number;
}

export function likeness(a: Shingled, b: Shingled): Likeness {
  if (a.hashes.length === 0 || b.hashes.length === 0) return { jaccard: 0, containment: 0 };
  const shared = intersectionSize(a.hashes, b.hashes);
  const union = a.hashes.length + b.hashes.length - shared;
  return { jaccard: shared / union, containment: shared / Math.min(a.hashes.length, b.hashes.length) };
}

/**
 * The same message for our purposes: most shingles shared, or one message nearly contained in the
 * other (a copy with a paragraph added). Light edits (a swapped name, a changed word or two)
 * keep a 3-shingle Jaccard well above one half; two messages written separately, even on the same
 * subject, share few three-word runs.
 */
export function isNearDuplicate(l: Likeness, smallerSize: number): boolean {
  return l.jaccard >= 0.5 || (l.containment >= 0.8 && smallerSize >= 8);
}

function has(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Where in `text` the words shared with the earlier message run, from the first to the last. */
export function sharedSpan(text: string, names: Set<string>, earlier: Shingled): Span | null {
  const tokens = contentTokens(text, names);
  const hashes = shingleHashes(tokens);
  const width = tokens.length < K ? 1 : K;
  let start = -1;
  let end = -1;
  hashes.forEach((h, i) => {
    if (!has(earlier.hashes, h)) return;
    if (start < 0) start = tokens[i]!.span.start;
    end = Math.max(end, tokens[i + width - 1]!.span.end);
  });
  return start < 0 ? null : { start, end };
}
