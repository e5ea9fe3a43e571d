import type { GeneratedI18nStructure } from '#i18n';

/** A message's name in components/i18n/locales/en.json, dotted (`panel.pause`). */
export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;

/**
 * A sentence for the user, kept as its message name and slots so that the code that finds it
 * needs no language: the pages say it in the language Vouch speaks, the tests and logs read it in
 * English. A slot may itself be a sentence (a reason inside a refusal); `count` picks the plural
 * form and fills `{n}`. The background sends its refusals this way (`UserFacingError`).
 */
export interface Said {
  key: MessageKey;
  slots?: Record<string, string | number | Said>;
  count?: number;
}

const KEY = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
const MAX_SLOT_CHARS = 2_000;

/**
 * Whether a value that came over a message is a sentence as `Said` describes it: a dotted key,
 * slots of short strings, finite numbers or sentences, nested at most `depth` deep.
 */
export function isSaid(value: unknown, depth = 3): value is Said {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { key, slots, count, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length || typeof key !== 'string' || !KEY.test(key)) return false;
  if (count !== undefined && !Number.isFinite(count)) return false;
  if (slots === undefined) return true;
  if (typeof slots !== 'object' || slots === null || Array.isArray(slots)) return false;
  return Object.values(slots).every((s) =>
    typeof s === 'string' ? s.length <= MAX_SLOT_CHARS : typeof s === 'number' ? Number.isFinite(s) : depth > 0 && isSaid(s, depth - 1),
  );
}
