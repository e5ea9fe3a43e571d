/** The dates in LinkedIn's export files, in the many ways different exports write them. */
import { monthOfWord } from './month-names';

/** Which way round `07/08/09` is read: LinkedIn writes month first, but a file can prove otherwise. */
export type SlashOrder = 'mdy' | 'dmy' | 'unknown';

/** The languages whose month names an export may carry ("02 Dic 2025"): English first, it wins a tie. */
const EXPORT_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'pl'];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp])?\.?(?:[Mm]\.?)?`;
const ZONE = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+${TIME})?${ZONE}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+${TIME})?${ZONE}$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\.?[\s-]+(?:de\s+)?(\p{L}{3,10})\.?,?[\s-]+(?:de\s+)?(\d{4})(?:,?\s+${TIME})?${ZONE}$`, 'u');
const MONTH_DAY = new RegExp(
  String.raw`^(?:\p{L}{3,9},?\s+)?(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?${ZONE}$`,
  'u',
);

function monthOf(word: string): number | null {
  for (const lang of EXPORT_LANGUAGES) {
    const m = monthOfWord(word, lang);
    if (m !== undefined) return m + 1;
  }
  return null;
}

/**
 * Reads the slash dates of one file and decides their order: a first number above 12 proves
 * day-first, a second above 12 proves month-first; both at once is `unknown`. With no proof,
 * LinkedIn's own month-first order holds.
 */
export function slashOrderOf(raws: readonly string[]): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const raw of raws) {
    const m = NUMERIC.exec(raw.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'unknown';
  return dayFirst ? 'dmy' : 'mdy';
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * One date as LinkedIn has written it over the years, or null when it cannot be read without
 * guessing. Times without a zone are read as UTC (LinkedIn writes its exports in UTC) so that the
 * same export gives the same instants on every machine; a date without a time is put at 12:00 UTC
 * so that its calendar day reads the same in every time zone from UTC−11 to UTC+11.
 */
export function parseExportDate(raw: string, order: SlashOrder = 'mdy', now: Date = new Date()): Date | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let year: number;
  let month: number | null;
  let day: number;
  let time: RegExpExecArray | null = null;
  let timeAt = 0;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(s))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    time = m;
    timeAt = 4;
  } else if ((m = NUMERIC.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const y = m[3]!;
    year = y.length === 2 ? 2000 + Number(y) : Number(y);
    let dayFirst = order === 'dmy';
    if (order === 'unknown') {
      if (a === b || (a > 12) !== (b > 12)) dayFirst = a > 12;
      else return null;
    }
    [day, month] = dayFirst ? [a, b] : [b, a];
    time = m;
    timeAt = 4;
  } else if ((m = DAY_MONTH.exec(s))) {
    [day, month, year] = [Number(m[1]), monthOf(m[2]!), Number(m[3])];
    time = m;
    timeAt = 4;
  } else if ((m = MONTH_DAY.exec(s))) {
    [month, day, year] = [monthOf(m[1]!), Number(m[2]), Number(m[3])];
    time = m;
    timeAt = 4;
  } else {
    return null;
  }
  if (!month || month > 12 || day < 1 || day > daysIn(year, month)) return null;

  let hours = 12;
  let minutes = 0;
  let seconds = 0;
  const [h, min, sec, ampm, zone] = time.slice(timeAt, timeAt + 5);
  if (h !== undefined) {
    hours = Number(h);
    minutes = Number(min);
    seconds = sec ? Number(sec) : 0;
    if (ampm) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (/p/i.test(ampm) ? 12 : 0);
    }
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  const at = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds) - zoneMinutes(zone) * 60_000);
  // LinkedIn opened in 2003; a date before it or in the future is a misreading, not a fact.
  if (year < 2002 || at.getTime() > now.getTime() + 2 * 86_400_000) return null;
  return at;
}
