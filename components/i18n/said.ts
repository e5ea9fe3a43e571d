import en from './locales/en.json';
import { fill, flatten, pluralForm, type MessageKey, type Slots } from './format';

/**
 * A sentence for the user, kept as its message name and slots so that the pure checks need no
 * language: the panels say it in the language Vouch speaks, the tests and tools read it in English.
 * A slot may itself be a sentence (a word like "them" that needs saying too); `count` picks the
 * plural form and fills `{n}`.
 */
export interface Said {
  key: MessageKey;
  slots?: Record<string, string | number | Said>;
  count?: number;
}

/** Says messages by name: `t.ts` speaks the chosen language, `ENGLISH` the English file. */
export interface Speaker {
  t(key: MessageKey, slots?: Slots): string;
  tn(key: MessageKey, count: number, slots?: Slots): string;
}

export function say(said: Said, speaker: Speaker): string {
  const slots: Slots = {};
  for (const [name, value] of Object.entries(said.slots ?? {})) slots[name] = typeof value === 'object' ? say(value, speaker) : value;
  return said.count === undefined ? speaker.t(said.key, slots) : speaker.tn(said.key, said.count, slots);
}

const english = flatten(en);
/** English from the messages file itself, with no browser: the default of the pure logic. */
export const ENGLISH: Speaker = {
  t: (key, slots) => fill(english.get(key) ?? '', slots),
  tn: (key, count, slots) => fill(pluralForm(english.get(key) ?? '', count), { n: count.toLocaleString('en'), ...slots }),
};
