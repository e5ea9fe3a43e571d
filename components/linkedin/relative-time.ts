/**
 * Relative dates in any language ("2 days ago", "vor 2 Tagen", "há 3 semanas", "wczoraj"), read by
 * phrases built at run time from `Intl.RelativeTimeFormat` for the page's language rather than
 * written by hand: every unit from seconds to years, in the past, in the long and short styles,
 * with numbers (several, for the plural forms) and in words ("yesterday", "vorgestern").
 */
import { foldForCompare } from './text';

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type TimeUnit = (typeof UNITS)[number];

/** A phrase: its pattern (the number captured, if any), its unit, and how many units back a phrase in words means. */
type Phrase = [RegExp, TimeUnit, number];

const tables = new Map<string, Phrase[]>();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words only: no letter right before or after the phrase.
const phrase = (source: string) => new RegExp(`(?<!\\p{L})${source}(?!\\p{L})`, 'u');

/** The phrases of `lang`, numbers first (folded as `foldForCompare` folds a caption). */
export function relativePhrases(lang: string): Phrase[] {
  let table = tables.get(lang);
  if (table) return table;
  const numbers = new Map<string, Phrase>();
  const words = new Map<string, Phrase>();
  try {
    for (const style of ['long', 'short'] as const) {
      const always = new Intl.RelativeTimeFormat(lang, { numeric: 'always', style });
      const auto = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style });
      for (const unit of UNITS) {
        for (const n of [1, 2, 3, 5, 11, 21]) {
          const parts = always.formatToParts(-n, unit);
          const at = parts.findIndex((p) => p.type === 'integer');
          const side = (ps: typeof parts) => escapeRe(foldForCompare(ps.map((p) => p.value).join('')));
          const source = `${side(parts.slice(0, at))}\\s*(\\d{1,4})\\s*${side(parts.slice(at + 1))}`;
          if (at >= 0 && !numbers.has(source)) numbers.set(source, [phrase(source), unit, 0]);
        }
        for (const n of [0, 1, 2]) {
          const text = foldForCompare(auto.format(-n, unit));
          if (!/\d/.test(text) && !words.has(text)) words.set(text, [phrase(escapeRe(text)), unit, n]);
        }
      }
    }
  } catch {
    // an invalid language tag: no phrases
  }
  // Longer phrases in words first: "l'altro ieri" before "ieri".
  const byLength = [...words].sort(([a], [b]) => b.length - a.length).map(([, p]) => p);
  table = [...numbers.values(), ...byLength];
  tables.set(lang, table);
  return table;
}

/** How far back a folded text says something happened, in `lang`: a count of a unit; null when it says nothing known. */
export function readRelative(folded: string, lang: string): { count: number; unit: TimeUnit } | null {
  for (const [re, unit, n] of relativePhrases(lang)) {
    const m = re.exec(folded);
    if (m) return { count: m[1] ? Number(m[1]) : n, unit };
  }
  return null;
}
