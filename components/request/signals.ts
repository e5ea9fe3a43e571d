/**
 * What a request says, read for meaning: the ask, thanks, a graceful way out, pressure, and the
 * concrete things a recommender could write about. Each reader returns where it found its signal;
 * the phrasing it looks for lives in phrases.ts (tone) and work-words.ts (specifics).
 */
import { allMatches, firstMatch, fold, plain, sentences, words, type Span } from './text';
import { ASK, ASKING, BARE_WHEN, BY_WHEN, EASY_OUT, NARRATIVE, NEGATED_BEFORE, OWN_PROMISE, PRESSURE, THANKS } from './phrases';
import {
  ABILITY,
  DETERMINERS,
  DISTINCT_WORK_RE,
  FIRST_PERSON_ED,
  NON_TASK_ED,
  NOT_NAMES,
  PERIODS,
  RESULTS,
  SIGN_OFF,
  SKILL_RE,
  TASK_RE,
  TOPIC,
  WORK_NOUN_RE,
} from './work-words';

export interface Signals {
  ask: Span | null;
  thanks: Span | null;
  easyOut: Span | null;
  pressure: Span[];
  /** Concrete anchors: what the recommender could write about. */
  work: Span[];
  /** Context only (a period, a company): it places the work but says nothing about it. */
  context: Span[];
}

/** The clause an offset sits in, up to the offset. */
function clauseBefore(text: string, at: number): string {
  const line = text.slice(0, at);
  return line.slice(Math.max(line.search(/[^.,;:!?\n]*$/), 0));
}

function negated(text: string, at: number): boolean {
  return NEGATED_BEFORE.test(clauseBefore(text, at));
}

function pressureSpans(t: string): Span[] {
  const found = allMatches(t, PRESSURE).filter((s) => !negated(t, s.start) && !OWN_PROMISE.test(clauseBefore(t, s.start)));
  for (const s of sentences(t)) {
    const asks = ASKING.test(s.text);
    if (asks || !NARRATIVE.test(s.text)) {
      for (const m of s.text.matchAll(BY_WHEN)) {
        const start = s.start + m.index;
        if (!negated(t, start)) found.push({ start, end: start + m[0].length });
      }
    }
    if (!asks) continue;
    for (const m of s.text.matchAll(BARE_WHEN)) {
      const start = s.start + m.index;
      if (!negated(t, start) && !found.some((f) => start >= f.start && start < f.end)) {
        found.push({ start, end: start + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Capitalised words inside a sentence (not its first word), minus names and greetings. */
function namedThings(t: string, names: Set<string>): { work: Span[]; context: Span[] } {
  const work: Span[] = [];
  const context: Span[] = [];
  const lines = t.split('\n');
  let offset = 0;
  for (const line of lines) {
    const lineWords = words(line);
    // A line of three words or fewer is a greeting or a signature: its names are people.
    if (lineWords.length > 3) {
      for (const s of sentences(line)) {
        const ws = words(s.text);
        // "Thanks so much, Jordan Smith" is a signature: the names in it are the sender's.
        // The splitter leaves a signature's dash before the sentence ("- Jordan Smith" reads "Jordan Smith").
        const signed = /[-\u2013\u2014~]\s*$/.test(line.slice(0, s.start)) || /^[-\u2013\u2014~]/.test(s.text);
        if ((SIGN_OFF.test(s.text) && ws.length <= 6) || (signed && ws.length <= 4)) continue;
        ws.forEach((w, i) => {
          if (i === 0) return;
          if (/[-\u2013\u2014]\s*$/.test(s.text.slice(0, w.start)) && i >= ws.length - 3) return;
          const isAcronym = /^[A-Z][A-Z0-9]{1,5}s?$/.test(w.text);
          if (!/^\p{Lu}/u.test(w.text) && !isAcronym) return;
          const key = fold(w.text);
          if (NOT_NAMES.has(key) || names.has(key) || names.has(key.replace(/'s$/, ''))) return;
          const before = s.text.slice(0, w.start);
          if (/[:;"(]\s*$/.test(before)) return;
          const span = { start: offset + s.start + w.start, end: offset + s.start + w.end };
          if (/\b(?:at|from|with|to|in|join(?:ed|ing)?|left)\s+$/i.test(before) && !isAcronym) context.push(span);
          else work.push(span);
        });
      }
    }
    offset += line.length + 1;
  }
  return { work, context };
}

function qualifiedWorkNouns(t: string): Span[] {
  const out: Span[] = [];
  for (const m of t.matchAll(WORK_NOUN_RE)) {
    const before = /([\p{L}\p{N}'-]+)\s+$/u.exec(t.slice(Math.max(0, m.index - 40), m.index));
    const after = /^\s+(\p{Lu}[\p{L}\p{N}]*)/u.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 40));
    // "my LinkedIn account" is no piece of work: a word that names nothing does not qualify one.
    const qualifier = before ? fold(before[1]!) : null;
    if ((qualifier && !DETERMINERS.has(qualifier) && !NOT_NAMES.has(qualifier)) || after) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Reads a message once for every signal the checks use. `names` are folded names of the people. */
export function readSignals(message: string, names: Set<string> = new Set()): Signals {
  const t = plain(message);
  const named = namedThings(t, names);
  const work: Span[] = [
    ...named.work,
    ...allMatches(t, [SKILL_RE, TASK_RE, ABILITY, DISTINCT_WORK_RE, TOPIC, ...RESULTS]),
    ...qualifiedWorkNouns(t),
    ...[...t.matchAll(FIRST_PERSON_ED)]
      .filter((m) => !NON_TASK_ED.has(m[1]!.toLowerCase()))
      .map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  return {
    ask: firstMatch(t, ASK),
    thanks: firstMatch(t, THANKS),
    easyOut: firstMatch(t, EASY_OUT),
    pressure: pressureSpans(t),
    work: work.sort((a, b) => a.start - b.start),
    context: [...named.context, ...allMatches(t, PERIODS)].sort((a, b) => a.start - b.start),
  };
}

