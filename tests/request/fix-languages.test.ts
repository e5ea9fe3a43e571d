import { describe, expect, it } from 'vitest';
import { checkRequest, type CheckKind, type Finding } from '@/components/request/checks';
import { applyFix, FIX_TEXTS, fixFor, type FixTexts } from '@/components/request/fixes';
import type { TemplateVars } from '@/components/request/templates';
import { forChecks, guessWritten } from '@/components/shared/language';
import type { Language } from '@/storage/settings';

type Other = Exclude<Language, 'en'>;
const LANGS: readonly Other[] = ['de', 'fr', 'es', 'pt_BR'];

// Our own short requests, written for these tests: each asks without naming the person.
const NO_NAME: Record<Other, string> = {
  de: 'Ich hoffe, es geht Ihnen gut. Wären Sie bereit, mir eine kurze Empfehlung auf LinkedIn zu schreiben? Vielen Dank und bis bald.',
  fr: 'J’espère que vous allez bien. Accepteriez-vous de m’écrire une courte recommandation sur LinkedIn\u00a0? Merci beaucoup et à bientôt.',
  es: 'Espero que estés muy bien. ¿Te animarías a escribirme una breve recomendación en LinkedIn? Muchas gracias y hasta pronto.',
  pt_BR: 'Espero que esteja tudo bem com você. Você toparia escrever uma recomendação curta para mim no LinkedIn? Muito obrigado e até breve.',
};
// The same with a greeting that names someone else.
const GREETING: Record<Other, string> = { de: 'Hallo Alex, ', fr: 'Bonjour Alex, ', es: 'Hola, Alex: ', pt_BR: 'Oi, Alex! ' };

const VARS: TemplateVars = { firstName: 'Sam', project: 'Atlas', strengths: ['A1', 'B2'], result: '40 %', period: '2021' };
/** English words no sentence of another language should carry. */
const ENGLISH = /(?<!\p{L})(?:the|and|you|your|thank|thanks|if|it|with|would|work|worries|busy|mention|result|hi)(?!\p{L})/iu;

const texts = async (lang: Language): Promise<FixTexts> => FIX_TEXTS.load(lang);
const checks = (text: string) => checkRequest(text, { firstName: 'Sam', language: forChecks(guessWritten(text)) });
const at = (kind: CheckKind, text: string): Finding => ({ kind, severity: 'warning', start: 0, end: text.length, message: '', said: { key: 'checks.noThanks' } });

describe.each(LANGS)('fixes on a message in %s', (lang) => {
  it('is read as that language, so only the language-neutral checks run', () => {
    expect(guessWritten(NO_NAME[lang])).toBe(lang);
    expect(checks(NO_NAME[lang]).map((f) => f.kind)).toEqual(['no-name']);
  });

  it('greets the person in that language, and the name check is then satisfied', async () => {
    const text = NO_NAME[lang];
    const f = checks(text).find((x) => x.kind === 'no-name')!;
    const fix = fixFor(f, text, VARS, undefined, await texts(lang));
    expect(fix.placement).toBe('start');
    expect(fix.sentence).toContain('Sam');
    expect(fix.sentence).not.toMatch(ENGLISH);
    const out = applyFix(text, f, fix);
    expect(out.startsWith(fix.sentence!)).toBe(true);
    expect(guessWritten(out)).toBe(lang);
    expect(checks(out).map((x) => x.kind)).not.toContain('no-name');
  });

  it('changes only the name in a greeting that names someone else', async () => {
    const text = GREETING[lang] + NO_NAME[lang];
    const f = checks(text).find((x) => x.kind === 'no-name')!;
    const out = applyFix(text, f, fixFor(f, text, VARS, undefined, await texts(lang)));
    expect(out).toBe(text.replace('Alex', 'Sam'));
    expect(checks(out)).toEqual([]);
  });

  it.each(['no-thanks', 'no-easy-out', 'vague-ask', 'near-duplicate'] as const)('writes the %s sentence in it, with the talking points', async (kind) => {
    const text = NO_NAME[lang];
    const fix = fixFor(at(kind, text), text, VARS, undefined, await texts(lang));
    expect(fix.sentence).toBeTruthy();
    expect(fix.sentence).not.toMatch(ENGLISH);
    expect(fix.sentence).not.toMatch(/[{}[\]]/);
    if (kind === 'vague-ask' || kind === 'near-duplicate') {
      expect(fix.sentence).toContain('Atlas');
      expect(fix.sentence).toContain(`A1 ${{ de: 'und', fr: 'et', es: 'y', pt_BR: 'e' }[lang]} B2`);
    }
    if (fix.placement === 'after-span') expect(guessWritten(applyFix(text, at(kind, text), fix))).toBe(lang);
  });

  it('cuts a message that is too long, and the limit is then kept', async () => {
    const text = `${GREETING[lang].replace('Alex', 'Sam')}${NO_NAME[lang]}`;
    const limit = text.length - 20;
    const f = checkRequest(text, { firstName: 'Sam', maxLength: limit, language: 'other' }).find((x) => x.kind === 'too-long')!;
    const out = applyFix(text, f, fixFor(f, text, VARS, undefined, await texts(lang)));
    expect(out.length).toBeLessThanOrEqual(limit);
    expect(checkRequest(out, { firstName: 'Sam', maxLength: limit, language: 'other' })).toEqual([]);
  });
});

describe('fixes in German', () => {
  it('say du when the message does, Sie otherwise', async () => {
    const de = await texts('de');
    const du = 'Hallo Sam, hättest du Lust, mir eine kurze Empfehlung zu schreiben? Ich würde mich sehr freuen.';
    const sie = 'Hallo Sam, hätten Sie Zeit, mir eine kurze Empfehlung zu schreiben? Ich würde mich sehr freuen.';
    expect(fixFor(at('no-thanks', du), du, VARS, undefined, de).sentence).toBe('Danke, dass du darüber nachdenkst; das bedeutet mir viel.');
    expect(fixFor(at('no-thanks', sie), sie, VARS, undefined, de).sentence).toBe('Vielen Dank, dass Sie darüber nachdenken; das bedeutet mir viel.');
    expect(fixFor(at('no-easy-out', du), du, VARS, undefined, de).sentence).toMatch(/\bdir\b/);
  });
});

describe('a message in a language Vouch does not write', () => {
  const italian = 'Spero che tu stia bene. Ti andrebbe di scrivermi una breve raccomandazione su LinkedIn? Grazie mille.';

  it('is offered no fix that adds words, only the ones that need none', () => {
    const f = checks(italian).find((x) => x.kind === 'no-name')!;
    expect(fixFor(f, italian, VARS, undefined, null)).toMatchObject({ placement: 'none', sentence: null });
    for (const kind of ['no-thanks', 'no-easy-out', 'vague-ask', 'near-duplicate'] as const) {
      const fix = fixFor(at(kind, italian), italian, VARS, undefined, null);
      expect(fix).toMatchObject({ placement: 'none', sentence: null });
      expect(fix.needsTalkingPoints).toBeFalsy();
    }
    const named = `Ciao Alex, ${italian}`;
    const g = checks(named).find((x) => x.kind === 'no-name')!;
    expect(applyFix(named, g, fixFor(g, named, VARS, undefined, null))).toBe(`Ciao Sam, ${italian}`);
  });
});

describe('the fix texts', () => {
  it('load each language once, English with the code', async () => {
    expect(FIX_TEXTS.ready('en')?.lang).toBe('en');
    for (const lang of LANGS) {
      const t = await FIX_TEXTS.load(lang);
      expect(t.lang).toBe(lang);
      expect(FIX_TEXTS.ready(lang)).toBe(t);
    }
  });
});
