import { describe, expect, it } from 'vitest';
import { PARTS } from '@/components/coach/analyze';
import { STARTER_TEXTS, startersFor, type StarterTexts } from '@/components/coach/starters';
import { guessWritten } from '@/components/shared/language';
import { LINKEDIN_RELATIONSHIPS } from '@/storage/relationships';
import type { Language } from '@/storage/settings';

type Other = Exclude<Language, 'en'>;
const LANGS: readonly Other[] = ['de', 'fr', 'es', 'pt_BR'];
/** English words no opener of another language should carry. */
const ENGLISH = /(?<!\p{L})(?:the|and|I|my|with|who|was|work|worked|team|taught|leadership|recommend|result|example|when|they)(?!\p{L})/u;

const texts = (lang: Language): Promise<StarterTexts> => STARTER_TEXTS.load(lang);
// The user's own notes, in the language they write in.
const NOTES: Record<Other, string[]> = {
  de: ['Zusammenarbeit 2019-2022', 'Hat die Abrechnung an einem Wochenende neu aufgebaut', 'Fehlerquote um 40 Prozent gesenkt'],
  fr: ['Collaboration 2019-2022', 'A reconstruit la facturation en un week-end', 'Erreurs réduites de 40 %'],
  es: ['Colaboración 2019-2022', 'Reconstruyó la facturación en un fin de semana', 'Errores reducidos un 40 %'],
  pt_BR: ['Parceria 2019-2022', 'Reconstruiu o faturamento em um fim de semana', 'Erros reduzidos em 40 %'],
};
const INPUT = { firstName: 'Priya', headline: 'Senior Engineer at Northwind | Payments' };

describe.each(LANGS)('starters in %s', (lang) => {
  it('are written in it, from the name, the role, the company and the notes, with no English', async () => {
    const t = await texts(lang);
    const all = startersFor(PARTS, { ...INPUT, notes: NOTES[lang] }, t);
    const joined = all.map((s) => s.text).join(' ');
    expect(new Set(all.map((s) => s.part))).toEqual(new Set(PARTS));
    expect(guessWritten(joined)).toBe(lang);
    expect(joined).toContain('Priya');
    expect(joined).toContain('Senior Engineer');
    expect(joined).toContain('(Northwind, 2019-2022)');
    expect(joined).toMatch(/40 (?:Prozent|%)/);
    expect(joined).toContain(NOTES[lang][1]!.slice(1));
    for (const s of all) {
      expect(s.text.replace(/Senior Engineer|Northwind|Priya/g, ''), s.text).not.toMatch(ENGLISH);
      expect(s.text, s.text).not.toMatch(/[{}]|undefined|null|\s{2}|[.!?]\s*$/);
    }
  });

  it('word every relationship the form can give, with the name in it', async () => {
    const t = await texts(lang);
    const seen = new Set<string>();
    for (const relationship of [...LINKEDIN_RELATIONSHIPS, 'Alex taught you', 'Alex mentored you']) {
      const [first] = startersFor(['context'], { firstName: 'Priya', relationship }, t);
      expect(first!.text, relationship).toContain('Priya');
      expect(first!.text).not.toMatch(ENGLISH);
      seen.add(first!.text);
    }
    expect(seen.size).toBe(LINKEDIN_RELATIONSHIPS.length + 2);
  });

  it('ask about leadership in upward mode, and put a stand-in where no name is known', async () => {
    const t = await texts(lang);
    const up = startersFor(['skills', 'closing'], { firstName: 'Priya', relationship: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE' }, t);
    const down = startersFor(['skills', 'closing'], { firstName: 'Priya', relationship: 'WORKED_IN_SAME_GROUP' }, t);
    expect(up.map((s) => s.text)).not.toEqual(down.map((s) => s.text));
    expect(startersFor(['context'], {}, t)[0]!.text).toContain(t.someone);
    expect(t.someone).toMatch(/^\[.+\]$/);
    expect(startersFor(['skills'], INPUT, t).map((s) => s.text)).toContain(t.example);
  });
});

describe('the starter texts', () => {
  it('load each language once, English with the code', async () => {
    expect(STARTER_TEXTS.ready('en')?.lang).toBe('en');
    for (const lang of LANGS) expect((await texts(lang)).lang).toBe(lang);
  });
});
