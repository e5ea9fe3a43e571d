import type { CheckKind, Finding } from './checks';
import { readGreeting } from './greeting';
import { renderTemplate, tidy, type TemplateVars } from './templates';
import { pieceAt, sentences, words, type Span } from './text';
import { EN } from './fix-texts/en';
import { ENGLISH, type Speaker } from '@/components/i18n/said';
import type { MessageKey } from '@/components/i18n/t';
import { perLanguage } from '@/components/i18n/texts';
import type { Language } from '@/storage/settings';

/**
 * What the panel offers for a finding: why it matters, and a concrete change.
 * - `after-span`: add `sentence` right after the span (the ask, or the last sentence);
 * - `start`: put `sentence` before the message;
 * - `replace-span`: put `sentence` in place of the span (a greeting without the right name);
 * - `remove-span`: take the words at fault out;
 * - `use-template`: start again from the chosen template;
 * - `keep-before-span`: keep the whole sentences before the span (what fits LinkedIn's limit);
 * - `none`: only the user can fix it (a talking point to fill in first, a copied message to reword,
 *   for which `sentence` may offer material).
 */
export type FixPlacement = 'after-span' | 'start' | 'replace-span' | 'remove-span' | 'use-template' | 'keep-before-span' | 'none';

export interface Fix {
  reason: string;
  /** The words `replace-span` replaces, when they are not the finding's (a greeting read in another language). */
  span?: Span;
  /** The button's label. */
  label: string;
  /** Only the user can make the change until the talking points are filled in. */
  needsTalkingPoints?: boolean;
  sentence: string | null;
  placement: FixPlacement;
}

/**
 * The sentences a fix adds, written for each language (`fix-texts/<lang>.ts`), in the template
 * syntax: `{project}` and friends from the talking points, `[…]` left out when a point is missing.
 */
export interface FixTexts {
  lang: Language;
  /** Opens a message that greets no one. */
  greet: string;
  /** What the person could write about, from the talking points. */
  whatToWrite: string;
  thanks: string;
  easyOut: string;
  /** For a copied message: what only this person shares with the user, to reword it with. */
  material: string;
  /** A language with two ways of saying you (German): what shows the message's informal one, and its sentences. */
  informal?: { shows: RegExp; texts: Partial<Omit<FixTexts, 'lang' | 'informal'>> };
}

/** English comes with the panel; another language loads when a message in it is checked. */
export const FIX_TEXTS = perLanguage(EN, {
  de: () => import('./fix-texts/de').then((m) => m.DE),
  fr: () => import('./fix-texts/fr').then((m) => m.FR),
  es: () => import('./fix-texts/es').then((m) => m.ES),
  pt_BR: () => import('./fix-texts/pt_BR').then((m) => m.PT_BR),
});

const REASONS: Record<CheckKind, MessageKey> = {
  'no-name': 'fixes.whyName',
  'no-specifics': 'fixes.whySpecifics',
  pressure: 'fixes.whyPressure',
  'vague-ask': 'fixes.whyVagueAsk',
  'no-thanks': 'fixes.whyThanks',
  'no-easy-out': 'fixes.whyEasyOut',
  'too-long': 'fixes.whyTooLong',
  'near-duplicate': 'fixes.whyDuplicate',
  'generic-default': 'fixes.whyDefault',
};

/**
 * Suggests the change for a finding, in Vouch's words (`speaker`), filled with the user's talking
 * points. What it adds to the message is in `texts`, the message's language (null when Vouch does
 * not write it: then only the changes that add no words of Vouch's are offered).
 */
export function fixFor(finding: Finding, text: string, vars: TemplateVars, speaker: Speaker = ENGLISH, texts: FixTexts | null = EN): Fix {
  const reason = speaker.t(REASONS[finding.kind]);
  const { t } = speaker;
  const words = texts?.informal?.shows.test(text) ? { ...texts, ...texts.informal.texts } : texts;
  const r = (pattern: keyof Omit<FixTexts, 'lang' | 'informal'>) => (words ? renderTemplate(words[pattern], vars, words.lang) || null : null);
  const userOnly = (label: MessageKey): Fix => ({ reason, label: t(label), sentence: null, placement: 'none' });
  switch (finding.kind) {
    case 'no-name': {
      const name = vars.firstName?.trim();
      if (!name) return userOnly('fixes.addName');
      // The greeting as written, whatever its language's word: only the name changes.
      const greeting = readGreeting(text);
      if (greeting?.name) return { reason, label: t('fixes.useName', { name }), sentence: name, placement: 'replace-span', span: greeting.name };
      if (greeting) {
        const word = /^\s*([\p{L}]+(?: (?:morning|afternoon|evening|day|morgen|tag|abend|días))?)/iu.exec(text.slice(greeting.span.start))?.[1] ?? 'Hi';
        return { reason, label: t('fixes.greet', { name }), sentence: `${word} ${name}`, placement: 'replace-span', span: greeting.span };
      }
      const greet = r('greet');
      return greet ? { reason, label: t('fixes.greet', { name }), sentence: greet, placement: 'start' } : userOnly('fixes.addName');
    }
    case 'no-specifics':
    case 'vague-ask': {
      const sentence = r('whatToWrite');
      return sentence
        ? { reason, label: t('fixes.addWhat'), sentence, placement: 'after-span' }
        : { ...userOnly('fixes.fillIn'), needsTalkingPoints: !!words };
    }
    case 'pressure':
      return { reason, label: t('fixes.takeOut'), sentence: null, placement: 'remove-span' };
    case 'no-thanks': {
      const sentence = r('thanks');
      return sentence ? { reason, label: t('fixes.addThanks'), sentence, placement: 'after-span' } : userOnly('fixes.addThanks');
    }
    case 'no-easy-out': {
      const sentence = r('easyOut');
      return sentence ? { reason, label: t('fixes.addEasyOut'), sentence, placement: 'after-span' } : userOnly('fixes.addEasyOut');
    }
    case 'generic-default':
      return { reason, label: t('fixes.useTemplate'), sentence: null, placement: 'use-template' };
    case 'too-long':
      return { reason, label: t('fixes.keepFits'), sentence: null, placement: 'keep-before-span' };
    case 'near-duplicate': {
      // Adding a line does not undo a copy: the words shared with the earlier message have to
      // change. What only this person shares with the user is offered as material for that.
      const sentence = r('material');
      return sentence
        ? { reason, label: '', sentence, placement: 'none' }
        : { ...userOnly('fixes.fillIn'), needsTalkingPoints: !!words };
    }
  }
}

/** The message with a fix applied; placements that need the user return the text unchanged. */
export function applyFix(text: string, finding: Finding, fix: Fix): string {
  const span = fix.span ?? finding;
  switch (fix.placement) {
    case 'start':
      return fix.sentence ? `${fix.sentence}\n\n${text.trimStart()}` : text;
    case 'replace-span':
      return fix.sentence ? text.slice(0, span.start) + fix.sentence + text.slice(span.end) : text;
    case 'after-span': {
      if (!fix.sentence) return text;
      // A span inside a sentence (the words "a recommendation") gets its addition after that sentence.
      const pieces = sentences(text);
      const end = Math.max(finding.end, pieceAt(pieces, finding.start)?.end ?? 0, pieceAt(pieces, Math.max(finding.start, finding.end - 1))?.end ?? 0);
      const rest = text.slice(end);
      return `${text.slice(0, end)} ${fix.sentence}${/^\S/.test(rest) ? ' ' : ''}${rest}`;
    }
    case 'remove-span': {
      // A sentence built around the pressure ("I need it by Friday.") goes whole; a phrase inside
      // an otherwise fine sentence ("…, ideally by Friday") goes alone.
      const s = pieceAt(sentences(text), finding.start);
      if (s) {
        const rest = words(s.text).length - words(text.slice(finding.start, finding.end)).length;
        if (s.start === finding.start || rest < 5) return removeSpan(text, s.start, s.end);
      }
      return removeSpan(text, finding.start, finding.end);
    }
    case 'keep-before-span': {
      // Whole sentences that end before the limit; without one, the words that fit.
      const fits = sentences(text).filter((p) => p.end <= finding.start);
      const cut = fits.length ? fits[fits.length - 1]!.end : (text.slice(0, finding.start).match(/^[\s\S]*\S(?=\s)/)?.[0].length ?? finding.start);
      return text.slice(0, cut).trimEnd();
    }
    default:
      return text;
  }
}

// Only the line touched is tidied: the rest of the user's layout stays as they typed it.
function removeSpan(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lineStart = before.lastIndexOf('\n') + 1;
  const nl = after.indexOf('\n');
  const lineEnd = nl < 0 ? after.length : nl;
  const line = tidy(before.slice(lineStart) + after.slice(0, lineEnd));
  return before.slice(0, lineStart) + line + after.slice(lineEnd);
}
