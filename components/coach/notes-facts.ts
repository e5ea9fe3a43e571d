/**
 * What the user's own notes on a person can lend the draft: results with numbers, and the period
 * they worked together. Notes are the user's words; Vouch only points back at them.
 */
// With the same units in the other languages Vouch writes: notes are kept in the user's language.
const NUMBERISH =
  /(?:[$€£¥₹]\s?\d|\d[\d,.]*\s?(?:%|percent|x\b|k\b|m\b|bn\b|million|billion|hours?|days?|weeks?|months?|minutes?|users|customers|people|clients|deals|engineers|prozent|stunden|tage|wochen|monate|kunden|nutzer|mio|pour ?cent|heures|jours|semaines|mois|utilisateurs|por ?ciento|por ?cento|horas|días|dias|semanas|meses|usuarios|usuários|clientes))/i;
const NUMBER = /\d[\d,.]*/g;
const PERIOD =
  /\b(?:(?:19|20)\d\d ?(?:-|–|—|to|until|bis|à|a|até) ?(?:(?:19|20)?\d\d|present|now|today|heute|hoy|hoje)|(?:from|since|in|during|seit|ab|depuis|desde|durante|em) (?:(?:early|mid|late|spring|summer|fall|autumn|winter)[- ])?(?:19|20)\d\d|for (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of) (?:years?|months?|semesters?))\b/i;
const CLAUSE = /[^.;!?\n]+/g;

/** Short pieces of the notes that state a result with a number, in the order written. */
export function resultsInNotes(notes: readonly string[]): string[] {
  const out: string[] = [];
  for (const note of notes) {
    for (const clause of note.match(CLAUSE) ?? []) {
      const c = clause.trim();
      if (c && NUMBERISH.test(c) && !PERIOD.test(c)) out.push(c.length > 90 ? `${c.slice(0, 87).trimEnd()}…` : c);
    }
  }
  return out;
}

/** Results from the notes whose numbers the draft does not mention yet. */
export function resultsMissingFrom(text: string, notes: readonly string[]): string[] {
  const inText = new Set(text.match(NUMBER) ?? []);
  return resultsInNotes(notes).filter((r) => !(r.match(NUMBER) ?? []).some((n) => inText.has(n)));
}

/** The period the user worked with them, as written in the notes ("2019-2022", "for three years"). */
export function periodInNotes(notes: readonly string[]): string | null {
  for (const note of notes) {
    const m = PERIOD.exec(note);
    if (m) return m[0];
  }
  return null;
}
