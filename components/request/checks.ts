/**
 * The live checks on a request, pure and fast enough to run on every keystroke.
 *
 * Spans point at the words at fault. For what is *missing*, they point where the fix belongs:
 * - `no-name`: the greeting when there is one ("Hi there"), otherwise the message's first word;
 * - `no-thanks`: the last sentence, where thanks usually go;
 * - `no-easy-out`: the sentence that asks, since the way out belongs right after it (the last
 *   sentence when no ask is found);
 * - `no-specifics`: the sentence that asks, or the whole message when nothing asks;
 * - `too-long`: the characters past the limit;
 * - `near-duplicate`: the stretch shared with the earlier message;
 * - `generic-default`: the whole message.
 */
import { findDefaultText } from './defaults';
import { readGreeting, sameFirstName, TITLE } from './greeting';
import { readSignals } from './signals';
import { isNearDuplicate, likeness, nameParts, sharedSpan, shingle, shingleEarlier } from './similarity';
import { pieceAt, plain, sentences, words, type Span } from './text';
import type { TextLanguage } from '@/components/shared/language';

export const CHECK_KINDS = [
  'no-name',
  'no-specifics',
  'pressure',
  'vague-ask',
  'no-thanks',
  'no-easy-out',
  'too-long',
  'near-duplicate',
  'generic-default',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  kind: CheckKind;
  severity: Severity;
  start: number;
  end: number;
  message: string;
}

export interface CheckContext {
  firstName?: string;
  sentBefore?: { contactName: string; text: string }[];
  maxLength?: number;
  /** The text's language (shared/language.ts); English when not given. */
  language?: TextLanguage;
}

/**
 * The checks that need no English words: the length, the comparison with earlier messages and
 * LinkedIn's own text, and whether the person's name is there at all. On another language only
 * these run (the name's check only when the name is known: a greeting is read in English).
 */
const LANGUAGE_NEUTRAL: readonly CheckKind[] = ['no-name', 'too-long', 'near-duplicate', 'generic-default'];

function finding(kind: CheckKind, severity: Severity, span: Span, message: string): Finding {
  return { kind, severity, start: span.start, end: span.end, message };
}

function lastSentence(text: string): Span {
  const all = sentences(text);
  // A signature line ("Jo", "Best, Jo") is not where thanks go: use the last real sentence.
  const real = all.filter((s) => words(s.text).length > 3);
  return real[real.length - 1] ?? all[all.length - 1] ?? { start: 0, end: text.length };
}

function firstWord(text: string): Span {
  const w = words(text)[0];
  return w ? { start: w.start, end: w.end } : { start: 0, end: text.length };
}

// A name set off by commas early on ("Hope you're well, Sam!") addresses the person too.
const VOCATIVE = /,[ \t]*(?!(?:I|LinkedIn|Thanks|Thank|Best|Cheers|Hope|And|But|So|Please|Also|Again)\b)\p{Lu}\p{Ll}+[ \t]*[!?.,]/u;

function checkName(text: string, firstName: string | undefined, english: boolean): Finding | null {
  const wanted = firstName?.trim().split(/\s+/)[0];
  if (wanted && words(plain(text)).some((w) => sameFirstName(w.text, wanted))) return null;
  // Greetings are read in English only: on another language only the name's absence is known.
  const greeting = english ? readGreeting(text) : null;
  const where = greeting?.span ?? firstWord(text);
  if (wanted) {
    if (greeting?.name && TITLE.test(greeting.name.text)) return null;
    if (greeting?.name && !/^\p{L}/u.test(greeting.name.text)) {
      return finding('no-name', 'warning', greeting.name, `Put ${wanted}'s name in place of ${greeting.name.text}.`);
    }
    if (greeting?.name) {
      return finding('no-name', 'warning', greeting.name, `This greets ${greeting.name.text}, but the request goes to ${wanted}. Check the name.`);
    }
    return finding('no-name', 'warning', where, `Address ${wanted} by name: a request that starts with their name reads as written for them.`);
  }
  if (!english || greeting?.name || VOCATIVE.test(plain(text).slice(0, 300))) return null;
  return finding('no-name', 'warning', where, 'Open with their first name: a request addressed to someone reads as written for them.');
}

function checkDuplicate(text: string, ctx: CheckContext, names: Set<string>): Finding | null {
  if (!ctx.sentBefore?.length) return null;
  const mine = shingle(text, names);
  if (mine.hashes.length === 0) return null;
  let best: { score: number; to: string; earlier: ReturnType<typeof shingleEarlier> } | null = null;
  for (const sent of ctx.sentBefore) {
    if (!sent.text) continue;
    const earlier = shingleEarlier(sent.text, sent.contactName, sent);
    const l = likeness(mine, earlier);
    if (!isNearDuplicate(l, Math.min(mine.hashes.length, earlier.hashes.length))) continue;
    const score = Math.max(l.jaccard, l.containment * 0.9);
    if (!best || score > best.score) best = { score, to: sent.contactName, earlier };
  }
  if (!best) return null;
  const span = sharedSpan(text, names, best.earlier) ?? { start: 0, end: text.length };
  return finding(
    'near-duplicate',
    'warning',
    span,
    `This is nearly the request you sent to ${best.to}. People compare notes: make this one about your work with this person.`,
  );
}

/** Checks a request for the mistakes that make people put it off or say no. */
export function checkRequest(message: string, ctx: CheckContext = {}): Finding[] {
  if (!message.trim()) return [];
  const out: Finding[] = [];
  const names = nameParts(ctx.firstName, readGreeting(message)?.name?.text);
  const signals = readSignals(message, names);
  const all = sentences(message);
  const askSentence = signals.ask ? pieceAt(all, signals.ask.start) : undefined;

  const english = (ctx.language ?? 'en') === 'en';
  const name = checkName(message, ctx.firstName, english);
  if (name) out.push(name);

  // A period or a company places the work but gives nothing to write about.
  if (signals.work.length === 0) {
    out.push(
      finding(
        'no-specifics',
        'warning',
        askSentence ?? { start: 0, end: message.length },
        'Name the project, a skill or a result to write about: people write faster and better from specifics.',
      ),
    );
  }

  for (const p of signals.pressure) {
    out.push(
      finding(
        'pressure',
        'warning',
        p,
        `"${message.slice(p.start, p.end)}" puts pressure on them. A favour given freely is warmer; leave the timing to them.`,
      ),
    );
  }

  if (signals.ask && signals.work.length === 0) {
    out.push(
      finding(
        'vague-ask',
        'warning',
        signals.ask,
        'The ask gives them nothing to go on: say what the recommendation could cover (the project, two or three strengths, a result).',
      ),
    );
  }

  if (!signals.thanks) {
    out.push(finding('no-thanks', 'warning', lastSentence(message), 'Thank them: they are giving you their time and their name.'));
  }

  if (!signals.easyOut) {
    out.push(
      finding(
        'no-easy-out',
        'info',
        askSentence ?? lastSentence(message),
        'Give them a graceful way to say no: people are readier to say yes when no is allowed.',
      ),
    );
  }

  if (ctx.maxLength && ctx.maxLength > 0 && message.length > ctx.maxLength) {
    out.push(
      finding(
        'too-long',
        'error',
        { start: ctx.maxLength, end: message.length },
        `LinkedIn takes ${ctx.maxLength} characters; this is ${message.length}. Cut ${message.length - ctx.maxLength}.`,
      ),
    );
  }

  const dup = checkDuplicate(message, ctx, names);
  if (dup) out.push(dup);

  const generic = findDefaultText(message, names);
  if (generic) {
    out.push(finding('generic-default', 'warning', generic, "This is LinkedIn's standard text. Write a few lines of your own about your work together."));
  }
  // Never judge another language by English rules.
  return english ? out : out.filter((f) => LANGUAGE_NEUTRAL.includes(f.kind));
}

