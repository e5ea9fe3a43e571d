/**
 * `YYYY-MM-DD` in the user's own time zone: what a date input shows, what a person reads, and the
 * day in the key of a fact the user records (sending the same text again tomorrow is a new fact).
 */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The date a `YYYY-MM-DD` input means, at noon local time so that no time zone moves its day; null if not a date. */
export function fromIsoDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : null;
}
