/**
 * Month names in any language, built at run time from `Intl.DateTimeFormat` rather than written by
 * hand, and a reader for "day month year" dates in any order ("May 1, 2020", "14. März 2024",
 * "21 de maio de 2020"). Used by the page readers (for the page's `<html lang>`) and by the export
 * import (for the month abbreviations some exports carry).
 */

const tables = new Map<string, Map<string, number>>();

/** Lower case, without accents or a final dot: how month words are compared. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

/** Folded month name → month index (0–11), long, short and in-a-date (genitive) forms, for `lang`. */
export function monthTable(lang: string): Map<string, number> {
  let table = tables.get(lang);
  if (table) return table;
  table = new Map();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' },
  ];
  try {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const part = format.formatToParts(new Date(Date.UTC(2021, m, 15))).find((p) => p.type === 'month');
        const name = part && foldWord(part.value);
        if (name && /\p{L}/u.test(name) && !table.has(name)) table.set(name, m);
      }
    }
  } catch {
    // an invalid language tag: no month names
  }
  tables.set(lang, table);
  return table;
}

/** The month a word names in `lang`: exactly, or as the start (three letters or more) of one name only. */
export function monthOfWord(word: string, lang: string): number | undefined {
  const w = foldWord(word);
  const table = monthTable(lang);
  const exact = table.get(w);
  if (exact !== undefined || w.length < 3) return exact;
  const months = new Set([...table].filter(([name]) => name.startsWith(w)).map(([, m]) => m));
  return months.size === 1 ? [...months][0] : undefined;
}

// Up to the first four-digit year, within a short prefix.
const UP_TO_YEAR = /^\s*(.{0,40}?)(?<!\d)(\d{4})(?!\d)/u;

/**
 * The date a text starts with, at midnight UTC, and the rest of the text; null when it does not
 * start with one. The prefix up to the year must hold a month name of `lang`, at most one day
 * number, and no other word but short lower-case ones (the "de" of "21 de maio de 2020").
 * Without a day, the first of the month, unless `requireDay`.
 */
export function readDatePrefix(text: string, lang: string, requireDay = false): { date: Date; rest: string } | null {
  const m = UP_TO_YEAR.exec(text);
  if (!m) return null;
  let month: number | undefined;
  let day: number | undefined;
  for (const token of m[1]!.match(/\p{L}+\.?|\d+/gu) ?? []) {
    if (/^\d/.test(token)) {
      if (day !== undefined || token.length > 2) return null;
      day = Number(token);
      continue;
    }
    const mi = month === undefined ? monthOfWord(token, lang) : undefined;
    if (mi !== undefined) month = mi;
    else if (token.length > 3 || token !== token.toLowerCase()) return null;
  }
  if (month === undefined || (requireDay && day === undefined)) return null;
  const year = Number(m[2]);
  const date = new Date(Date.UTC(year, month, day ?? 1));
  if (date.getUTCMonth() !== month || (day !== undefined && day < 1)) return null;
  return { date, rest: text.slice(m[0].length).replace(/^[\s,.;:·]+/u, '') };
}
