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
import { ENGLISH, say, type Said } from '@/components/i18n/said';
import type { MessageKey } from '@/components/i18n/t';

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
  /** The sentence in English (tests, tools); `said` is the same for the panel to say in the user's language. */
  message: string;
  said: Said;
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

function finding(kind: CheckKind, severity: Severity, span: Span, key: MessageKey, slots?: Said['slots']): Finding {
  const said = { key, slots };
  return { kind, severity, start: span.start, end: span.end, message: say(said, ENGLISH), said };
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
      return finding('no-name', 'warning', greeting.name, 'checks.nameInPlace', { name: wanted, greeting: greeting.name.text });
    }
    if (greeting?.name) {
      return finding('no-name', 'warning', greeting.name, 'checks.wrongName', { greeting: greeting.name.text, name: wanted });
    }
    return finding('no-name', 'warning', where, 'checks.addressByName', { name: wanted });
  }
  if (!english || greeting?.name || VOCATIVE.test(plain(text).slice(0, 300))) return null;
  return finding('no-name', 'warning', where, 'checks.openWithName');
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
    'checks.nearDuplicate',
    { name: best.to },
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
        'checks.noSpecifics',
      ),
    );
  }

  for (const p of signals.pressure) {
    out.push(
      finding(
        'pressure',
        'warning',
        p,
        'checks.pressure',
        { words: message.slice(p.start, p.end) },
      ),
    );
  }

  if (signals.ask && signals.work.length === 0) {
    out.push(
      finding(
        'vague-ask',
        'warning',
        signals.ask,
        'checks.vagueAsk',
      ),
    );
  }

  if (!signals.thanks) {
    out.push(finding('no-thanks', 'warning', lastSentence(message), 'checks.noThanks'));
  }

  if (!signals.easyOut) {
    out.push(
      finding(
        'no-easy-out',
        'info',
        askSentence ?? lastSentence(message),
        'checks.noEasyOut',
      ),
    );
  }

  if (ctx.maxLength && ctx.maxLength > 0 && message.length > ctx.maxLength) {
    out.push(
      finding(
        'too-long',
        'error',
        { start: ctx.maxLength, end: message.length },
        'checks.tooLong',
        { max: ctx.maxLength, length: message.length, cut: message.length - ctx.maxLength },
      ),
    );
  }

  const dup = checkDuplicate(message, ctx, names);
  if (dup) out.push(dup);

  const generic = findDefaultText(message, names);
  if (generic) {
    out.push(finding('generic-default', 'warning', generic, 'checks.genericDefault'));
  }
  // Never judge another language by English rules.
  return english ? out : out.filter((f) => LANGUAGE_NEUTRAL.includes(f.kind));
}

