import { CLOSING_CUES, CONTEXT_CUES, FIRST_PERSON, IMPACT_CUES, PRESENT, SKILL_CUES, scoreCues } from './cues';
import { hasFigure, isConcrete, peopleIn } from './concrete';
import type { TextLanguage } from '@/components/shared/language';
import { resultsMissingFrom } from './notes-facts';
import { VAGUE_PRAISE, isOnlyAdjectives } from './praise';
import { splitSentences, type Span } from '@/components/shared/sentences';
import { JARGON, UNPROFESSIONAL, type ToneRule } from './tone';
import { ENGLISH, say, type Said } from '@/components/i18n/said';

export const PARTS = ['context', 'skills', 'impact', 'closing'] as const;
export type PartName = (typeof PARTS)[number];

export const FINDING_KINDS = ['vague', 'cliche', 'no-specifics', 'no-impact', 'unprofessional', 'jargon', 'too-long', 'too-short'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** The sentence in English (tests, tools); `said` is the same for the panel to say in the user's language. */
  message: string;
  said: Said;
}

/** One sentence and the parts it carries (zero or more). */
export interface SentenceParts extends Span {
  parts: PartName[];
}

export interface Analysis {
  /** For each part, the first sentence that carries it (the last, for the closing). */
  parts: Record<PartName, Span | null>;
  sentenceCount: number;
  /** Every sentence in reading order, with the parts it carries. */
  sentences: SentenceParts[];
  findings: Finding[];
  /** `other`: only what needs no English words was read; a part not found is unknown, not missing. */
  language: TextLanguage;
}

export interface AnalyzeOptions {
  /** The person's name, to speak of them by name. */
  name?: string;
  /** The user's own notes on the person: results they jotted down can be suggested. */
  notes?: string[];
  /** The box's limit; LinkedIn's write form reportedly allows 3,000 characters. */
  maxLength?: number;
  /** The text's language (shared/language.ts); English when not given. */
  language?: TextLanguage;
}

/** The findings that need no English words: they are the only ones given on another language. */
const LANGUAGE_NEUTRAL: readonly FindingKind[] = ['too-long', 'too-short'];
/** A year places the work in time, in any language. */
const YEAR = /(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/u;

export const LINKEDIN_MAX_LENGTH = 3000;
/** Three to five sentences: long enough to be specific, short enough to be read. */
export const SENTENCES = { min: 3, max: 5 } as const;
export const MIN_WORDS = 20;
/** Past this share of the limit, the box is nearly full. */
const NEAR_LIMIT = 0.9;
/** Below this many words, "no impact" and "no specifics" would nag someone who has barely started. */
const MIN_WORDS_TO_JUDGE = 8;

const CURLY = /[’‘]/g;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface SentenceFacts extends Span {
  context: boolean;
  skills: boolean;
  impact: boolean;
  closing: boolean;
}

function readSentence(text: string, span: Span, language: TextLanguage): SentenceFacts {
  const s = text.slice(span.start, span.end);
  // Another language: only the cues that are not words (a year, a figure) can be read.
  if (language !== 'en') return { ...span, context: YEAR.test(s), skills: false, impact: hasFigure(s), closing: false };
  const ctx = scoreCues(s, CONTEXT_CUES);
  return {
    ...span,
    context: ctx.score >= PRESENT && (ctx.strong || FIRST_PERSON.test(s)),
    skills: scoreCues(s, SKILL_CUES).score >= PRESENT,
    impact: scoreCues(s, IMPACT_CUES).score >= PRESENT,
    closing: scoreCues(s, CLOSING_CUES).score >= PRESENT,
  };
}

function firstName(name?: string): string | Said {
  return name?.trim().split(/\s+/)[0] || { key: 'coachSays.them' };
}

/** A finding of `kind` over `span`, with its sentence. */
function found(kind: FindingKind, span: Span, said: Said): Finding {
  return { kind, start: span.start, end: span.end, message: say(said, ENGLISH), said };
}

function toneFindings(text: string, rules: ToneRule[], kind: FindingKind): Finding[] {
  const out: Finding[] = [];
  for (const [re, key] of rules) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      out.push(found(kind, { start, end: start + m[0].length }, { key }));
    }
  }
  return out;
}

/** Warm stock phrases ("team player", "highly recommend"), each where it stands. */
function stockPhrases(text: string): Span[] {
  const out: Span[] = [];
  for (const re of VAGUE_PRAISE) for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Whether the text, as a whole, gives a reader nothing concrete to believe. A few words just typed
 * are not judged yet, unless they are already nothing but praise.
 */
function isVague(text: string, sentences: SentenceFacts[], concrete: boolean, words: number, stock: Span[], name?: string): boolean {
  if (concrete) return false;
  if (words >= MIN_WORDS_TO_JUDGE) return true;
  return stock.length > 0 || sentences.some((s) => isOnlyAdjectives(text.slice(s.start, s.end), name));
}

/** Keeps the first of overlapping findings of one kind, so one phrase is flagged once. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<FindingKind, number>();
  return sorted.filter((f) => {
    if ((lastEnd.get(f.kind) ?? -1) > f.start) return false;
    lastEnd.set(f.kind, f.end);
    return true;
  });
}

function trimmed(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/**
 * Reads a recommendation the way a coach would: which of the four parts it has, how many sentences,
 * and what weakens it, each finding pointing at the words at fault. Pure and fast enough to run on
 * every keystroke.
 */
export function analyzeRecommendation(input: string, opts: AnalyzeOptions = {}): Analysis {
  // Curly apostrophes become straight ones (same length, so spans still point into the input).
  const text = input.replace(CURLY, "'");
  const language = opts.language ?? 'en';
  const spans = splitSentences(text);
  const sentences = spans.map((span) => readSentence(text, span, language));
  const pick = (part: PartName, last = false) => {
    const found = last ? sentences.findLast((s) => s[part]) : sentences.find((s) => s[part]);
    return found ? { start: found.start, end: found.end } : null;
  };
  const parts = { context: pick('context'), skills: pick('skills'), impact: pick('impact'), closing: pick('closing', true) };
  const analysis: Analysis = {
    parts,
    sentenceCount: spans.length,
    sentences: sentences.map(({ start, end, ...facts }) => ({ start, end, parts: PARTS.filter((p) => facts[p]) })),
    findings: [],
    language,
  };
  if (spans.length === 0) return analysis;

  const who = firstName(opts.name);
  const whole = trimmed(text);
  const words = text.match(WORDS)?.length ?? 0;
  // One sentence with something to check is enough: stop at the first (this runs on every keystroke).
  const people = peopleIn(text, opts.name);
  const concrete = spans.some((s) => isConcrete(text.slice(s.start, s.end), people));
  const findings: Finding[] = [];

  const stock = stockPhrases(text);
  if (isVague(text, sentences, concrete, words, stock, opts.name)) {
    findings.push(found('vague', whole, { key: 'coachSays.vague', slots: { who } }));
  } else {
    // In a specific text a stock phrase is only a missed chance to show the same thing.
    for (const p of stock) findings.push(found('cliche', p, { key: 'coachSays.cliche', slots: { who } }));
  }

  if (words >= MIN_WORDS_TO_JUDGE && !concrete) {
    const body = sentences.filter((s) => !s.context && !s.closing);
    const span = body.length ? { start: body[0]!.start, end: body[body.length - 1]!.end } : whole;
    findings.push(found('no-specifics', span, { key: 'coachSays.noSpecifics', slots: { who } }));
  }
  if (words >= MIN_WORDS_TO_JUDGE && parts.impact === null) {
    const fromNotes = resultsMissingFrom(text, opts.notes ?? [])[0];
    const said: Said = fromNotes ? { key: 'coachSays.noImpactNotes', slots: { who, note: fromNotes } } : { key: 'coachSays.noImpact', slots: { who } };
    findings.push(found('no-impact', parts.skills ?? whole, said));
  }

  findings.push(...toneFindings(text, UNPROFESSIONAL, 'unprofessional'), ...toneFindings(text, JARGON, 'jargon'));

  const max = opts.maxLength ?? LINKEDIN_MAX_LENGTH;
  const nearFull = text.length >= max * NEAR_LIMIT;
  if (spans.length > SENTENCES.max || nearFull) {
    const overflow = spans.length > SENTENCES.max ? spans[SENTENCES.max]!.start : whole.end;
    const limitAt = nearFull ? (spans.find((s) => s.end >= max * NEAR_LIMIT) ?? spans[spans.length - 1]!).start : whole.end;
    findings.push(
      found(
        'too-long',
        { start: Math.min(overflow, limitAt), end: whole.end },
        nearFull ? { key: 'coachSays.nearFull', slots: { max } } : { key: 'coachSays.tooManySentences', slots: { n: spans.length } },
      ),
    );
  }
  if (spans.length < SENTENCES.min || words < MIN_WORDS) {
    findings.push(
      found(
        'too-short',
        whole,
        spans.length < SENTENCES.min
          ? { key: 'coachSays.tooFewSentences', count: spans.length, slots: { who } }
          : { key: 'coachSays.tooFewWords', slots: { n: words } },
      ),
    );
  }

  // Never judge another language by English rules: only the findings that need no words stay.
  analysis.findings = withoutOverlaps(language === 'en' ? findings : findings.filter((f) => LANGUAGE_NEUTRAL.includes(f.kind)));
  return analysis;
}
