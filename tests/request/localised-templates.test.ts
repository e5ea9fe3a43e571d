import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, builtInTemplates, type BuiltInTemplate } from '@/storage/builtin-templates';
import { createDb } from '@/storage/db';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { listTemplates, resetTemplates, saveTemplate } from '@/storage/repositories/templates';
import type { Language } from '@/storage/settings';
import { joinNaturally, renderTemplate, tidy, variablesIn, type TemplateVars } from '@/components/request/templates';
import { findingsFor } from '@/components/request/compose';
import { guessLanguage } from '@/components/shared/language';
import { strengthChoices, SUGGESTED_STRENGTHS, suggestedStrengths } from '@/components/request/strengths';
import { REQUEST_GROUPS } from '@/storage/relationships';

type Other = Exclude<Language, 'en'>;
const OTHERS: Other[] = ['de', 'fr', 'es', 'pt_BR'];

// Talking points as a speaker of each language types them, following the form's own hints.
const FULL: Record<Other, TemplateVars> = {
  de: { firstName: 'Anna', myName: 'Jonas', project: 'die Umstellung der Atlas-Abrechnung', period: '2023', company: 'Northwind', result: '40 % weniger Rechnungsfehler', strengths: ['ruhige Fehlersuche', 'klare Kommunikation', 'Eigeninitiative'] },
  fr: { firstName: 'Camille', myName: 'Hugo', project: 'la migration de la facturation Atlas', period: '2023', company: 'Northwind', result: '40 % d’erreurs de facturation en moins', strengths: ['rigueur', 'communication claire', 'esprit d’équipe'] },
  es: { firstName: 'Lucía', myName: 'Pablo', project: 'la migración de facturación de Atlas', period: '2023', company: 'Northwind', result: 'un 40 % menos de errores en facturas', strengths: ['depuración con calma', 'comunicación clara', 'iniciativa'] },
  pt_BR: { firstName: 'Ana', myName: 'Pedro', project: 'a migração do faturamento do Atlas', period: '2023', company: 'Northwind', result: '40% menos erros nas faturas', strengths: ['depuração com calma', 'comunicação clara', 'iniciativa'] },
};

// Words of the English templates that are not words of the other language: none may be left in.
const ENGLISH = /\b(?:hi|hello|dear|the|and|you|your|would|could|thank|thanks|please|recommendation|with|for|that|this|hope|mention|work|working|really|great|time|no worries)\b/i;
// Portuguese "time" is a team, and "for" a form of "ser".
const ENGLISH_FOR: Record<Other, RegExp> = { de: ENGLISH, fr: ENGLISH, es: ENGLISH, pt_BR: new RegExp(ENGLISH.source.replace('|time', '').replace('|for|', '|'), 'i') };

const sorted = (xs: string[]) => [...xs].sort();
/** Each language's built-ins, each read from its own chunk. */
const LISTS = Object.fromEntries(await Promise.all(OTHERS.map(async (lang) => [lang, await builtInTemplates(lang)] as const))) as Record<Other, readonly BuiltInTemplate[]>;

describe.each(OTHERS)('built-in templates in %s', (lang) => {
  const list = LISTS[lang];

  it('has the English ones’ ids, places and variables', () => {
    expect(list.map((t) => [t.id, t.group, t.kind])).toEqual(BUILT_IN_TEMPLATES.map((t) => [t.id, t.group, t.kind]));
    list.forEach((t, i) => expect(sorted(variablesIn(t.body)), t.id).toEqual(sorted(variablesIn(BUILT_IN_TEMPLATES[i]!.body))));
  });

  it.each(list.map((t) => [t.id, t] as const))('%s renders into clean text in its language', (_id, t) => {
    const full = FULL[lang];
    for (const vars of [full, { firstName: full.firstName }, {}, { firstName: full.firstName, strengths: ['Sorgfalt'] }, { firstName: full.firstName, project: 'Atlas' }]) {
      const text = renderTemplate(t.body, vars, lang);
      expect(text).not.toMatch(/[{}[\]]/);
      expect(text).not.toMatch(/ {2}| [,.;:!?]|\(\s*\)|^[ \t]|[ \t]$/m);
      expect(text, text).not.toMatch(ENGLISH_FOR[lang]);
      if (lang === 'fr') expect(text, text).not.toMatch(/[\p{L}\p{N})][;:!?]/u);
      else expect(text).not.toContain('\u00a0');
    }
  });

  it.each(list.filter((t) => t.kind === 'request').map((t) => [t.id, t] as const))('%s reads as another language and gets no English-rule finding', (_id, t) => {
    const text = renderTemplate(t.body, FULL[lang], lang);
    expect(guessLanguage(text)).toBe('other');
    expect(findingsFor('request', text, { firstName: FULL[lang].firstName!, maxLength: 3000, language: 'other' })).toEqual([]);
  });

  it('offers as many suggested strengths as English, in that language', () => {
    for (const g of REQUEST_GROUPS) {
      expect(suggestedStrengths(g, lang)).toHaveLength(SUGGESTED_STRENGTHS[g].length);
      expect(suggestedStrengths(g, lang).join(' '), g).not.toMatch(ENGLISH_FOR[lang]);
    }
  });
});

describe('the sentence builder in each language', () => {
  it.each([
    ['en', 'A, B and C'],
    ['de', 'A, B und C'],
    ['fr', 'A, B et C'],
    ['es', 'A, B y C'],
    ['pt_BR', 'A, B e C'],
  ] as const)('%s joins strengths as %j', (lang, joined) => {
    expect(joinNaturally(['A', 'B', 'C'], lang)).toBe(joined);
  });

  it('writes Spanish "e" before an i sound, not before "hie"', () => {
    expect(joinNaturally(['rigor', 'iniciativa'], 'es')).toBe('rigor e iniciativa');
    expect(joinNaturally(['rigor', 'hilos claros'], 'es')).toBe('rigor e hilos claros');
    expect(joinNaturally(['agua', 'hielo'], 'es')).toBe('agua y hielo');
  });

  it('keeps French no-break spaces before : ; ! ? and drops ordinary ones', () => {
    expect(tidy('Bonjour Camille\u00a0! Ça va ?')).toBe('Bonjour Camille\u00a0! Ça va?');
    expect(tidy('Bonjour\u00a0 \u00a0!')).toBe('Bonjour\u00a0!');
    expect(renderTemplate('Bonjour {firstName}\u00a0![ Merci pour {project}\u00a0!]', { firstName: 'Camille' }, 'fr')).toBe('Bonjour Camille\u00a0!');
  });

  it('renders a German template with German joins', () => {
    const t = LISTS['de'].find((x) => x.id === 'builtin:peer:request:1')!;
    expect(renderTemplate(t.body, FULL.de, 'de')).toContain('ruhige Fehlersuche, klare Kommunikation und Eigeninitiative');
  });

  it('offers the suggestions in the language asked, minus those chosen', () => {
    expect(strengthChoices('peer', ['Zusammenarbeit'], 'de')).not.toContain('Zusammenarbeit');
    expect(strengthChoices('peer', [], 'fr')).toEqual(suggestedStrengths('peer', 'fr'));
  });
});

describe('listing the templates in the language Vouch speaks', () => {
  const db = createDb(`test-${crypto.randomUUID()}`);
  afterEach(async () => {
    await db.templates.clear();
  });

  it('gives unedited built-ins in the language asked, and the user’s edits as they wrote them', async () => {
    const id = 'builtin:peer:request:1';
    const de = LISTS['de'].find((t) => t.id === id)!;
    expect((await listTemplates(db, { group: 'peer', kind: 'request' }, 'de'))[0]).toMatchObject({ id, body: de.body, edited: false });
    expect((await listTemplates(db, { group: 'peer', kind: 'request' }))[0]!.body).toBe(BUILT_IN_TEMPLATES.find((t) => t.id === id)!.body);
    await saveTemplate(db, { id, group: 'peer', kind: 'request', name: 'Meine', body: 'Hallo {firstName}' });
    for (const lang of ['en', 'de', 'fr'] as const) {
      expect((await listTemplates(db, { group: 'peer', kind: 'request' }, lang))[0]).toMatchObject({ id, body: 'Hallo {firstName}', edited: true });
    }
    await resetTemplates(db, id);
    expect((await listTemplates(db, { group: 'peer', kind: 'request' }, 'es'))[0]!.body).toBe(LISTS['es'].find((t) => t.id === id)!.body);
  });

  it('takes the language through the protocol, and refuses one Vouch does not speak', async () => {
    const ID = 'abcdefghijklmnopabcdefghijklmnop';
    const handle = createRouter(db, { extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
    const content: Sender = { id: ID, url: 'https://www.linkedin.com/in/jane-doe-42/', origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7 } };
    const msg = (payload: unknown) => ({ vouch: 1, type: 'templates.list', payload });
    const pt = await handle(msg({ group: 'client', kind: 'request', language: 'pt_BR' }), content);
    expect(pt.ok && (pt.data as { body: string }[])[0]!.body).toBe(LISTS['pt_BR'].find((t) => t.id === 'builtin:client:request:1')!.body);
    expect((await handle(msg({ language: 'it' }), content)).ok).toBe(false);
  });
});
