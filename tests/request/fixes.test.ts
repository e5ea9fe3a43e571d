import { describe, expect, it } from 'vitest';
import { checkRequest, CHECK_KINDS, type CheckKind, type Finding } from '@/components/request/checks';
import { applyFix, fixFor } from '@/components/request/fixes';
import type { TemplateVars } from '@/components/request/templates';

const VARS: TemplateVars = { firstName: 'Sam', project: 'the Atlas migration', strengths: ['calm debugging', 'clear writing'] };

function fixed(text: string, kind: CheckKind, vars: TemplateVars = VARS): string {
  const f = checkRequest(text, { firstName: vars.firstName ?? undefined }).find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} in ${text}`);
  return applyFix(text, f, fixFor(f, text, vars));
}

const kindsOf = (text: string) => checkRequest(text, { firstName: 'Sam' }).map((f) => f.kind);

describe('fixFor', () => {
  it('gives every kind a reason', () => {
    for (const kind of CHECK_KINDS) {
      const f: Finding = { kind, severity: 'warning', start: 0, end: 1, message: '', said: { key: 'checks.noThanks' } };
      expect(fixFor(f, 'Hello there', VARS).reason.length).toBeGreaterThan(20);
    }
  });

  it('asks for talking points when it has none to offer', () => {
    const text = 'Hi Sam, can you write me a recommendation? Thanks, no worries if not.';
    const f = checkRequest(text, { firstName: 'Sam' }).find((x) => x.kind === 'vague-ask')!;
    expect(fixFor(f, text, { firstName: 'Sam' })).toMatchObject({ placement: 'none', sentence: null, label: 'Fill in the talking points' });
  });
});

describe('applyFix', () => {
  it.each([
    ['no-name: greets them', 'Would you write me a recommendation about my debugging? Thanks, no worries if not.', 'no-name',
      'Hi Sam,\n\nWould you write me a recommendation about my debugging? Thanks, no worries if not.'],
    ['no-name: puts the name in an empty greeting', 'Hi there, would you write me a recommendation about my debugging? Thanks, no worries if not.', 'no-name',
      'Hi Sam, would you write me a recommendation about my debugging? Thanks, no worries if not.'],
    ['no-name: corrects the wrong name', 'Hi Alex, would you write me a recommendation about my debugging? Thanks, no worries if not.', 'no-name',
      'Hi Sam, would you write me a recommendation about my debugging? Thanks, no worries if not.'],
    ['no-thanks: thanks after the last sentence', 'Hi Sam, would you write me a recommendation about my debugging? No worries if not.\n\nJo', 'no-thanks',
      'Hi Sam, would you write me a recommendation about my debugging? No worries if not. Thank you for considering it; it means a lot.\n\nJo'],
    ['no-easy-out: an easy out after the ask', 'Hi Sam, please write me a recommendation about my debugging. Thanks!', 'no-easy-out',
      "Hi Sam, please write me a recommendation about my debugging. If you're too busy or it doesn't feel right, no worries at all. Thanks!"],
    ['pressure: takes a phrase out of a good sentence', 'Hi Sam, would you write me a recommendation about my debugging, ideally by Friday? Thanks, no worries if not.', 'pressure',
      'Hi Sam, would you write me a recommendation about my debugging, ideally? Thanks, no worries if not.'],
    ['pressure: takes out a sentence built on it', 'Hi Sam, would you write me a recommendation about my debugging? I need it by Friday. Thanks, no worries if not.', 'pressure',
      'Hi Sam, would you write me a recommendation about my debugging? Thanks, no worries if not.'],
    ['vague-ask: adds what to write about', 'Hi Sam, can you write me a recommendation? Thanks, no worries if not.', 'vague-ask',
      'Hi Sam, can you write me a recommendation? If it helps, you could mention calm debugging and clear writing. Our work on the Atlas migration would be a natural place to start. Thanks, no worries if not.'],
  ] as const)('%s', (_what, text, kind, out) => {
    const result = fixed(text, kind);
    expect(result).toBe(out);
    expect(kindsOf(result)).not.toContain(kind);
  });

  it('generic-default: leaves the text for the template to replace', () => {
    const f: Finding = { kind: 'generic-default', severity: 'warning', start: 0, end: 5, message: '', said: { key: 'checks.noThanks' } };
    expect(fixFor(f, 'Hello there', VARS).placement).toBe('use-template');
    expect(applyFix('Hello there', f, fixFor(f, 'Hello there', VARS))).toBe('Hello there');
  });

  it('too-long: keeps the whole sentences that fit the limit', () => {
    const text = 'Hi Sam,\n\nWould you write me a recommendation about my debugging on Atlas? Thanks, no worries if not. And one more long line that goes past it.';
    const limit = text.indexOf('And one') + 10;
    const f = checkRequest(text, { firstName: 'Sam', maxLength: limit }).find((x) => x.kind === 'too-long')!;
    const fix = fixFor(f, text, VARS);
    expect(fix.label).toBe('Keep what fits');
    const out = applyFix(text, f, fix);
    expect(out).toBe('Hi Sam,\n\nWould you write me a recommendation about my debugging on Atlas? Thanks, no worries if not.');
    expect(checkRequest(out, { firstName: 'Sam', maxLength: limit }).map((x) => x.kind)).not.toContain('too-long');
  });

  it('too-long: with no sentence end before the limit, keeps the words that fit', () => {
    const text = 'Hi Sam would you write me a recommendation about my debugging on the Atlas migration';
    const f: Finding = { kind: 'too-long', severity: 'error', start: 30, end: text.length, message: '', said: { key: 'checks.noThanks' } };
    expect(applyFix(text, f, fixFor(f, text, VARS))).toBe('Hi Sam would you write me a');
  });

  it('near-duplicate: offers a line only this person could get, to reword the copy with, or asks for talking points', () => {
    const earlier = 'Hi Sam, would you write me a short recommendation about my work on the team? Thanks so much, and no worries at all if not.';
    const text = earlier.replace('Sam', 'Priya');
    const sentBefore = [{ contactName: 'Sam Lee', text: earlier }];
    const f = checkRequest(text, { firstName: 'Priya', sentBefore }).find((x) => x.kind === 'near-duplicate')!;
    const fix = fixFor(f, text, { ...VARS, firstName: 'Priya' });
    expect(fix).toMatchObject({ placement: 'none', sentence: 'Working with you on the Atlas migration is what I think of first. You saw my calm debugging and clear writing up close.' });
    // Only rewording undoes a copy: nothing is applied for the user.
    expect(applyFix(text, f, fix)).toBe(text);
    expect(fixFor(f, text, { firstName: 'Priya' })).toMatchObject({ label: 'Fill in the talking points', placement: 'none' });
  });

  it('adds after the sentence where a span ends, when it runs over several', () => {
    const text = 'Hi Sam. Would you write me a recommendation? No worries if not.';
    const f: Finding = { kind: 'no-thanks', severity: 'info', start: 8, end: text.length - 1, message: '', said: { key: 'checks.noThanks' } };
    expect(applyFix(text, f, fixFor(f, text, VARS))).toBe('Hi Sam. Would you write me a recommendation? No worries if not. Thank you for considering it; it means a lot.');
  });
});
