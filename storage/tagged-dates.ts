/**
 * Dates that survive JSON: each Date becomes `{ "$date": "<ISO>" }` and comes back as a Date, by
 * its tag and not by its field's name, so a date field added later survives without being listed.
 * Backups and the background's replies both use it (Chrome passes messages as JSON).
 */
export interface EncodedDate {
  $date: string;
}

/** Dates → `{ $date }`, everywhere in a value. */
export function encodeDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, encodeDates(x)]));
  }
  return value;
}

/** The inverse of encodeDates: an object whose only key is a string `$date` becomes a Date. */
export function reviveDates<T = unknown>(value: unknown): T {
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '$date' && typeof entries[0]![1] === 'string') {
      return new Date(entries[0]![1]) as T;
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, reviveDates(x)])) as T;
  }
  return value as T;
}
