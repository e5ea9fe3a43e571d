import en from './locales/en.json';
import { fill, flatten, pluralForm, type MessageKey, type Slots } from './format';
import type { Said } from '@/storage/said';

/**
 * The pure checks return their sentences as `Said` (storage/said.ts: a message name and slots), so
 * that they need no language: the panels say them in the language Vouch speaks, the tests and tools
 * read them in English.
 */
export type { Said };

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
