import type { CheckKind, Finding } from './checks';
import { readGreeting } from './greeting';
import { renderTemplate, tidy, type TemplateVars } from './templates';
import { pieceAt, sentences, words } from './text';
import { ENGLISH, type Speaker } from '@/components/i18n/said';
import type { MessageKey } from '@/components/i18n/t';

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
  /** The button's label. */
  label: string;
  /** Only the user can make the change until the talking points are filled in. */
  needsTalkingPoints?: boolean;
  sentence: string | null;
  placement: FixPlacement;
}

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

/** Suggests the change for a finding, in Vouch's words, filled with the user's talking points. */
export function fixFor(finding: Finding, text: string, vars: TemplateVars, speaker: Speaker = ENGLISH): Fix {
  const reason = speaker.t(REASONS[finding.kind]);
  const { t } = speaker;
  const r = (pattern: string) => renderTemplate(pattern, vars) || null;
  switch (finding.kind) {
    case 'no-name': {
      const name = vars.firstName?.trim();
      if (!name) return { reason, label: t('fixes.addName'), sentence: null, placement: 'none' };
      const greeting = readGreeting(text);
      if (greeting && greeting.span.start === finding.start && greeting.span.end === finding.end) {
        const word = /^\s*([\p{L}]+(?: (?:morning|afternoon|evening|day))?)/iu.exec(text.slice(finding.start))?.[1] ?? 'Hi';
        return { reason, label: t('fixes.greet', { name }), sentence: `${word} ${name}`, placement: 'replace-span' };
      }
      if (greeting?.name && greeting.name.start === finding.start) {
        return { reason, label: t('fixes.useName', { name }), sentence: name, placement: 'replace-span' };
      }
      return { reason, label: t('fixes.greet', { name }), sentence: `Hi ${name},`, placement: 'start' };
    }
    case 'no-specifics':
    case 'vague-ask': {
      const sentence = r('[If it helps, you could mention {strengths}.][ Our work on {project} would be a natural place to start.][ The result might be worth a line: {result}.]');
      return sentence
        ? { reason, label: t('fixes.addWhat'), sentence, placement: 'after-span' }
        : { reason, label: t('fixes.fillIn'), sentence: null, placement: 'none', needsTalkingPoints: true };
    }
    case 'pressure':
      return { reason, label: t('fixes.takeOut'), sentence: null, placement: 'remove-span' };
    case 'no-thanks':
      return { reason, label: t('fixes.addThanks'), sentence: 'Thank you for considering it; it means a lot.', placement: 'after-span' };
    case 'no-easy-out':
      return { reason, label: t('fixes.addEasyOut'), sentence: "If you're too busy or it doesn't feel right, no worries at all.", placement: 'after-span' };
    case 'generic-default':
      return { reason, label: t('fixes.useTemplate'), sentence: null, placement: 'use-template' };
    case 'too-long':
      return { reason, label: t('fixes.keepFits'), sentence: null, placement: 'keep-before-span' };
    case 'near-duplicate': {
      // Adding a line does not undo a copy: the words shared with the earlier message have to
      // change. What only this person shares with the user is offered as material for that.
      const sentence = r('[Working with you on {project}[ in {period}] is what I think of first.][ I still bring up {result} when people ask about that time.][ You saw my {strengths} up close.]');
      return sentence
        ? { reason, label: '', sentence, placement: 'none' }
        : { reason, label: t('fixes.fillIn'), sentence: null, placement: 'none', needsTalkingPoints: true };
    }
  }
}

/** The message with a fix applied; placements that need the user return the text unchanged. */
export function applyFix(text: string, finding: Finding, fix: Fix): string {
  const before = text.slice(0, finding.start);
  const after = text.slice(finding.end);
  switch (fix.placement) {
    case 'start':
      return fix.sentence ? `${fix.sentence}\n\n${text.trimStart()}` : text;
    case 'replace-span':
      return fix.sentence ? before + fix.sentence + after : text;
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
      const cut = fits.length ? fits[fits.length - 1]!.end : (before.match(/^[\s\S]*\S(?=\s)/)?.[0].length ?? finding.start);
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
