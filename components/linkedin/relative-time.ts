/**
 * Relative dates in any language ("2 days ago", "vor 2 Tagen", "há 3 semanas", "wczoraj"), read by
 * phrases built at run time from `Intl.RelativeTimeFormat` for the page's language rather than
 * written by hand: every unit from seconds to years, in the past, in the long and short styles,
 * with numbers (several, for the plural forms) and in words ("yesterday", "vorgestern").
 */
import { splitDate } from './relationship';
import { foldForCompare } from './text';
import { wordingFor } from './wording';

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

const DAY = 86_400_000;
const UNIT_MS: Record<TimeUnit, number> = {
  second: 1_000, minute: 60_000, hour: 3_600_000, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY,
};
// English abbreviations and articles that `Intl` does not write ("Sent · 1w", "3 mo ago", "an hour ago").
const EN_UNITS: [RegExp, TimeUnit][] = [
  [/^(?:secs?|s)$/, 'second'], [/^(?:mins?|m)$/, 'minute'], [/^(?:hours?|hrs?|h)$/, 'hour'], [/^(?:days?|d)$/, 'day'],
  [/^(?:weeks?|wks?|w)$/, 'week'], [/^(?:months?|mos?|mths?)$/, 'month'], [/^(?:years?|yrs?|y)$/, 'year'],
];
const EN_AGO = /\b(\d{1,4}|an?|one)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)\b/;

function readEnglishAgo(s: string): { count: number; unit: TimeUnit } | null {
  if (/\bmoments? ago\b/.test(s)) return { count: 0, unit: 'second' };
  const m = EN_AGO.exec(s);
  const unit = m && EN_UNITS.find(([re]) => re.test(m[2]!))?.[1];
  return unit ? { count: /^\d/.test(m[1]!) ? Number(m[1]) : 1, unit } : null;
}

/**
 * When a caption such as "Requested · 2 days ago", "vor 2 Tagen", "Sent · 1w" or "Sent on May 1,
 * 2020" says it happened, counted back from `now`, in the page's language (`relative-time.ts`);
 * null when it says nothing readable. Months count 30 days and years 365: the answer is as rough as
 * the caption, and rounded down to its unit (the day for days and longer, in UTC), so that reading
 * the page again a moment later gives the same date and the panel has no reason to re-render.
 */
export function parseRelativeTime(caption: string, now: Date, lang = 'en'): Date | null {
  try {
    const words = wordingFor(lang).pendingCaption;
    const s = foldForCompare(words ? caption.replace(words, '') : caption).replace(/^on\s+/, '');
    const { date } = splitDate(s, lang);
    if (date) return date;
    const back = readRelative(s, lang) ?? (lang === 'en' ? readEnglishAgo(s) : null);
    if (!back) return null;
    const unit = UNIT_MS[back.unit];
    const grain = Math.min(unit, DAY);
    const at = new Date(Math.floor((now.getTime() - back.count * unit) / grain) * grain);
    return Number.isNaN(at.getTime()) ? null : at;
  } catch {
    return null;
  }
}
