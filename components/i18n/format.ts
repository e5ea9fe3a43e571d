import type { MessageKey } from '@/storage/said';

export type { MessageKey };
/** Values for a message's `{name}` slots. */
export type Slots = Record<string, string | number>;
/** A messages file: nested names, a string or a plural form (`{ "1": …, "n": … }`) at each leaf. */
export type Messages = { [name: string]: string | Messages };

/** Plural forms joined as the browser's copy has them (`one | other`), names dotted. */
export function flatten(messages: Messages, into = new Map<string, string>(), prefix = ''): Map<string, string> {
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix + name;
    if (typeof value === 'string') into.set(key, value);
    else if (Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k)))) into.set(key, Object.values(value).join(' | '));
    else flatten(value, into, `${key}.`);
  }
  return into;
}

export const fill = (text: string, slots?: Slots) =>
  slots ? text.replace(/\{([A-Za-z0-9_]+)\}/g, (all, name: string) => (Object.hasOwn(slots, name) ? String(slots[name]) : all)) : text;

/** The form for `count` of a message with plural forms (`one | other`, or `zero | one | other`). */
export function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  return (forms.length === 3 ? forms[count === 0 || count === 1 ? count : 2] : forms[forms.length === 2 && count !== 1 ? 1 : 0]) ?? '';
}
