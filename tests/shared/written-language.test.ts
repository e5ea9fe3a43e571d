import { describe, expect, it } from 'vitest';
import { addInto, detectWritten, forChecks, guessLanguage, guessWritten, writtenFrom, type Detection } from '@/components/shared/language';

// Our own short texts, written for these tests.
const TEXTS = {
  en: 'I worked with Priya for three years and she rebuilt our payments service from the ground up.',
  de: 'Ich habe drei Jahre lang mit Priya zusammengearbeitet, und sie hat unseren Zahlungsdienst von Grund auf neu gebaut.',
  fr: 'J’ai travaillé avec Priya pendant trois ans et elle a reconstruit notre service de paiement de fond en comble.',
  es: 'Trabajé con Priya durante tres años y reconstruyó desde cero nuestro servicio de pagos con mucho cuidado.',
  pt_BR: 'Trabalhei com Priya durante três anos e ela reconstruiu do zero o nosso serviço de pagamentos com muito cuidado.',
} as const;
const ITALIAN = 'Ho lavorato con Priya per tre anni e ha ricostruito da zero il nostro servizio di pagamento.';

const detection = (language: string, percentage = 95, isReliable = true): Detection => ({ isReliable, languages: [{ language, percentage }] });

describe('the language a text is written in', () => {
  it.each(Object.entries(TEXTS))('guesses %s from the text alone', (lang, text) => {
    expect(guessWritten(text)).toBe(lang);
    expect(guessLanguage(text)).toBe(lang === 'en' ? 'en' : 'other');
  });

  it('says "other" for a language Vouch does not write, and cannot tell from a few words', () => {
    expect(guessWritten(ITALIAN)).toBe('other');
    expect(guessWritten('Hallo Anna, danke!')).toBeNull();
    expect(forChecks(null)).toBe('en');
  });

  it("takes the browser's answer when it is sure, with Portuguese written as Brazilian", () => {
    expect(writtenFrom(detection('pt'), TEXTS.pt_BR)).toBe('pt_BR');
    expect(writtenFrom(detection('pt-PT'), TEXTS.pt_BR)).toBe('pt_BR');
    expect(writtenFrom(detection('de'), TEXTS.de)).toBe('de');
    expect(writtenFrom(detection('it'), ITALIAN)).toBe('other');
    expect(writtenFrom({ isReliable: true, languages: [{ language: 'fr', percentage: 70 }, { language: 'en', percentage: 30 }] }, TEXTS.fr)).toBe('en');
    expect(writtenFrom(detection('es', 50, false), TEXTS.es)).toBe('es');
  });

  it('detects on the device, falling back to the guess', async () => {
    expect(await detectWritten(TEXTS.fr, async () => detection('fr'))).toBe('fr');
    expect(await detectWritten(TEXTS.de, async () => Promise.reject(new Error('no i18n')))).toBe('de');
    expect(await detectWritten(TEXTS.es, null)).toBe('es');
  });
});

describe('the language of the words Vouch adds', () => {
  it("is the text's own when Vouch writes it, the one Vouch speaks when too short to tell, none otherwise", () => {
    expect(addInto('de', 'en')).toBe('de');
    expect(addInto('en', 'de')).toBe('en');
    expect(addInto(null, 'fr')).toBe('fr');
    expect(addInto('other', 'es')).toBeNull();
  });
});
