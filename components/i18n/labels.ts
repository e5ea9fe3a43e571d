import { t, type MessageKey } from './t';

/**
 * A table of names (a status's, an event's) read in the language Vouch speaks at the moment each
 * name is read: the table keeps its shape for the code that indexes it.
 */
export function labels<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][]) Object.defineProperty(out, name, { get: () => t(key), enumerable: true });
  return out;
}
