import { afterEach, describe, expect, it } from 'vitest';
import { analyzeRecommendation } from '@/components/coach/analyze';
import { findingAdvice, partPrompt } from '@/components/coach/prompts';
import { ENGLISH, say } from '@/components/i18n/said';
import { setLanguage, speaker } from '@/components/i18n/t';
import { checkRequest } from '@/components/request/checks';
import { fixFor } from '@/components/request/fixes';

const REQUEST = 'Can you write me a recommendation by Friday?';

describe('the checks’ sentences', () => {
  afterEach(() => setLanguage('auto'));

  it('read the same in English from the messages file as the message the checks return', () => {
    for (const f of checkRequest(REQUEST, { firstName: 'Sam', maxLength: 20 })) expect(say(f.said, ENGLISH)).toBe(f.message);
    for (const f of analyzeRecommendation('Sam is great.').findings) expect(say(f.said, ENGLISH)).toBe(f.message);
  });

  it('are said in the language Vouch speaks, slots filled', async () => {
    await setLanguage('de');
    const findings = checkRequest(REQUEST, { firstName: 'Sam' });
    const name = findings.find((f) => f.kind === 'no-name')!;
    expect(say(name.said, speaker)).toBe('Sprechen Sie Sam mit Namen an: Eine Anfrage, die mit dem Namen beginnt, wirkt persönlich geschrieben.');
    const pressure = findings.find((f) => f.kind === 'pressure')!;
    expect(say(pressure.said, speaker)).toContain('„by Friday“');
    expect(fixFor(name, REQUEST, { firstName: 'Sam' }, speaker).label).toBe('Sam begrüßen');

    await setLanguage('fr');
    const short = analyzeRecommendation('Great person.').findings.find((f) => f.kind === 'too-short')!;
    // The person's name is unknown: "them" is said in French too.
    expect(say(short.said, speaker)).toBe('Une phrase : visez trois à cinq, pour dire comment vous connaissez cette personne, ce que la personne a fait et ce qui a changé.');
    expect(partPrompt('closing', false, speaker)).toBe('Qui devrait l’embaucher ou travailler avec elle, et le referiez-vous ?');
    expect(findingAdvice('vague', true, speaker)).toMatch(/leadership/);
  });
});
