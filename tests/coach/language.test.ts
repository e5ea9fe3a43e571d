import { describe, expect, it } from 'vitest';
import { analyzeRecommendation, FINDING_KINDS } from '@/components/coach/analyze';
import { checkRequest, CHECK_KINDS } from '@/components/request/checks';
import { detectLanguage, guessLanguage, languageFrom, type Detection } from '@/components/shared/language';

// Our own short texts, written for these tests.
const GERMAN =
  'Ich habe drei Jahre lang mit Anna bei einem Logistikunternehmen zusammengearbeitet. Sie hat unser Lager neu organisiert und die Lieferzeiten um 30 Prozent gesenkt. Ihre ruhige Art hat dem ganzen Team geholfen. Ich empfehle sie ohne Vorbehalt.';
const PORTUGUESE =
  'Trabalhei com o Rafael durante dois anos numa pequena agência de design em Lisboa. Ele redesenhou o site de uma cliente e as vendas online subiram 40%. Sempre foi generoso com os colegas mais novos. Recomendo-o sem hesitar.';
const GERMAN_REQUEST =
  'Hallo Jonas, ich hoffe, es geht dir gut! Wir haben 2021 gemeinsam das Buchungssystem gebaut. Hättest du Zeit, mir eine kurze Empfehlung zu schreiben? Wenn es gerade nicht passt, ist das völlig in Ordnung.';
const ENGLISH_VAGUE = 'Sam is a great team player and a hard worker. Highly recommend! She is amazing.';

/** The findings that rest on English words: none may fall on another language. */
const ENGLISH_LEXICON: readonly string[] = FINDING_KINDS.filter((k) => k !== 'too-long' && k !== 'too-short');
const ENGLISH_REQUEST_LEXICON: readonly string[] = CHECK_KINDS.filter((k) => !['no-name', 'too-long', 'near-duplicate', 'generic-default'].includes(k));

const detection = (language: string, percentage = 95, isReliable = true): Detection => ({ isReliable, languages: [{ language, percentage }] });

describe('the language of a text', () => {
  it('guesses German and Portuguese as other, English and short text as English', () => {
    expect(guessLanguage(GERMAN)).toBe('other');
    expect(guessLanguage(PORTUGUESE)).toBe('other');
    expect(guessLanguage(GERMAN_REQUEST)).toBe('other');
    expect(guessLanguage(ENGLISH_VAGUE)).toBe('en');
    expect(guessLanguage('Danke Anna!')).toBe('en');
  });

  it('trusts the browser when it is sure, and keeps English whenever English is near the top', () => {
    expect(languageFrom(detection('de'), GERMAN)).toBe('other');
    expect(languageFrom(detection('en'), ENGLISH_VAGUE)).toBe('en');
    expect(languageFrom({ isReliable: true, languages: [{ language: 'fr', percentage: 60 }, { language: 'en', percentage: 40 }] }, ENGLISH_VAGUE)).toBe('en');
    // Unsure, or undetermined: the pure guess decides.
    expect(languageFrom(detection('de', 40, false), ENGLISH_VAGUE)).toBe('en');
    expect(languageFrom(detection('und'), PORTUGUESE)).toBe('other');
    // Too short to tell: English, with every check.
    expect(languageFrom(detection('de'), 'Hallo Anna')).toBe('en');
  });

  it('asks the browser on the device, and falls back when it cannot answer', async () => {
    expect(await detectLanguage(PORTUGUESE, async () => detection('pt'))).toBe('other');
    expect(await detectLanguage(ENGLISH_VAGUE, async () => detection('en'))).toBe('en');
    expect(await detectLanguage(GERMAN, async () => Promise.reject(new Error('no i18n')))).toBe('other');
    expect(await detectLanguage(ENGLISH_VAGUE, null)).toBe('en');
  });
});

describe('the coach on another language', () => {
  for (const [name, text] of [['German', GERMAN], ['Portuguese', PORTUGUESE]] as const) {
    it(`gives a ${name} recommendation no English-lexicon finding`, () => {
      const a = analyzeRecommendation(text, { name: 'Anna', language: 'other' });
      expect(a.findings.filter((f) => ENGLISH_LEXICON.includes(f.kind))).toEqual([]);
      // The meter still reads what needs no words: the figure is a result.
      expect(a.parts.impact).not.toBeNull();
      expect(a.parts.skills).toBeNull();
      expect(a.sentenceCount).toBe(4);
    });
  }

  it('still says when another language is too short', () => {
    const kinds = analyzeRecommendation('Anna ist großartig.', { language: 'other' }).findings.map((f) => f.kind);
    expect(kinds).toEqual(['too-short']);
  });

  it('keeps every English finding on English text', () => {
    const kinds = new Set(analyzeRecommendation(ENGLISH_VAGUE, { name: 'Sam', language: 'en' }).findings.map((f) => f.kind));
    expect(kinds).toContain('vague');
    expect(kinds).toContain('no-impact');
    expect(analyzeRecommendation(ENGLISH_VAGUE, { name: 'Sam' }).findings).toEqual(analyzeRecommendation(ENGLISH_VAGUE, { name: 'Sam', language: 'en' }).findings);
  });
});

describe('the request checks on another language', () => {
  it('give a German request no English-lexicon finding, and still see the name', () => {
    const found = checkRequest(GERMAN_REQUEST, { firstName: 'Jonas', language: 'other' });
    expect(found.filter((f) => ENGLISH_REQUEST_LEXICON.includes(f.kind))).toEqual([]);
    expect(found).toEqual([]);
    const toSomeoneElse = checkRequest(GERMAN_REQUEST, { firstName: 'Katrin', language: 'other', maxLength: 100 }).map((f) => f.kind);
    expect(toSomeoneElse).toEqual(['no-name', 'too-long']);
  });

  it('give a Portuguese text without a known name no name finding (greetings are read in English only)', () => {
    expect(checkRequest(PORTUGUESE, { language: 'other' })).toEqual([]);
  });

  it('keep every finding on English', () => {
    const kinds = checkRequest('Write me a recommendation by Friday.', { language: 'en' }).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['no-name', 'no-specifics', 'pressure', 'no-thanks', 'no-easy-out']));
  });
});
