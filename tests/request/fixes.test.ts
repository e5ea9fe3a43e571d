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
      const f: Finding = { kind, severity: 'warning', start: 0, end: 1, message: '' };
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

  it.each(['too-long', 'near-duplicate', 'generic-default'] as const)('leaves the text alone for %s (the user decides)', (kind) => {
    const f: Finding = { kind, severity: 'warning', start: 0, end: 5, message: '' };
    expect(applyFix('Hello there', f, fixFor(f, 'Hello there', VARS))).toBe('Hello there');
  });
});
