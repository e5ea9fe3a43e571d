// The stored data behind the summary and dashboard figures, as message payloads: Vouch is filled
// through its own protocol, the way its pages fill it.
import { rng } from '../pages/markup.mjs';
import { people } from './people.mjs';

const DAY = 86_400_000;
// A plausible mix: requests and follow-ups are common, recommendations rarer.
const TYPES = ['request-sent', 'request-sent', 'reminder-sent', 'heads-up-sent', 'agreed', 'received', 'given', 'thanked', 'note', 'request-received', 'declined', 'green-light-asked'];

/** `contact.upsert` payloads. */
export function contactPayloads(count) {
  return people(count).map((p) => ({ id: p.id, name: p.name, firstName: p.firstName, lastName: p.lastName, company: p.company, headline: `${p.position} at ${p.company}` }));
}

/**
 * `events.append` events, spread evenly over the contacts (so each has total/contacts of them)
 * and over the last three years before `now`; one in ten carries a text.
 */
export function eventPayloads(contactIds, total, now = Date.UTC(2026, 0, 15), seed = 9) {
  const r = rng(seed);
  return Array.from({ length: total }, (_, i) => {
    const type = TYPES[Math.floor(r() * TYPES.length)];
    const event = {
      contactId: contactIds[i % contactIds.length],
      type,
      at: new Date(now - Math.floor(r() * 3 * 365 * DAY)).toISOString(),
      source: 'user',
      key: `bench:${i}`,
    };
    if (i % 10 === 0) event.text = `A few words about ${type} number ${i}, as someone would jot down after a call or a message.`;
    return event;
  });
}

/** Splits a list into the batches one message may carry. */
export function batches(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
