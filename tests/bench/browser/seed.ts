// Bundled by the bench and run in one of Vouch's extension pages: fills Vouch's own database (the
// one its background serves) with the store section's data. Each payload is checked against the
// schema of the message that would carry it and written by the function that message runs, so the
// data is what the messages would have stored, digests included; only the message hops and their
// one-contact transactions are left out, which made seeding 30,000 contacts and 300,000 events
// take minutes.
import * as v from 'valibot';
import { openVouchDb } from '@/storage/open';
import { coreHandlers } from '@/storage/protocol/core';
import { upsertContactFacts } from '@/storage/repositories/contacts';
import { appendEvents } from '@/storage/repositories/events';
import { batches, contactPayloads, eventPayloads } from '../data/seed.mjs';

/** Events per transaction: large enough that the transactions' own cost does not count. */
const EVENTS_PER_WRITE = 10_000;

export async function run(contacts: number, events: number) {
  const { db, readOnlyReason } = await openVouchDb();
  if (readOnlyReason) throw new Error(readOnlyReason);
  try {
    const t0 = performance.now();
    const people = contactPayloads(contacts).map((p) => v.parse(coreHandlers['contact.upsert'].input, p));
    const now = new Date();
    for (const group of batches(people, 5_000)) {
      await db.transaction('rw', db.contacts, async () => {
        for (const p of group) await upsertContactFacts(db, p, now);
      });
    }
    const t1 = performance.now();
    const log = eventPayloads(people.map((p) => p.id), events);
    for (const group of batches(log, EVENTS_PER_WRITE)) {
      const checked = batches(group, 500).flatMap((chunk) => v.parse(coreHandlers['events.append'].input, { events: chunk }).events);
      await appendEvents(db, checked);
    }
    const t2 = performance.now();
    return {
      contactIds: people.map((p) => p.id),
      contacts: await db.contacts.count(),
      events: await db.events.count(),
      contactsSeconds: (t1 - t0) / 1_000,
      eventsSeconds: (t2 - t1) / 1_000,
    };
  } finally {
    db.close();
  }
}
