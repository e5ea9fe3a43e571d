// Bundled by the bench and run in one of Vouch's extension pages: fills Vouch's own database (the
// one its background serves) with the store section's data. Each payload is checked against the
// schema of the message that would carry it; contacts are written by the function their message
// runs, events in bulk with each contact's digest made once from the whole history, by the
// function the schema upgrade uses. The data is what the messages would have stored (the digest
// tests check that the two ways agree); only the hops and the small transactions are left out,
// which at 30,000 contacts and 300,000 events took several minutes.
import { Dexie } from 'dexie';
import * as v from 'valibot';
import { DB_NAME } from '@/storage/db';
import { digestsOf } from '@/storage/digest';
import { openVouchDb } from '@/storage/open';
import { coreHandlers } from '@/storage/protocol/core';
import { upsertContactFacts } from '@/storage/repositories/contacts';
import type { VouchEvent } from '@/storage/types';
import { batches, contactPayloads, eventPayloads } from '../data/seed.mjs';

export async function run(contacts: number, events: number) {
  const t0 = performance.now();
  // The database as Vouch makes it, and the contacts through Vouch's own upsert.
  const { db, readOnlyReason } = await openVouchDb();
  if (readOnlyReason) throw new Error(readOnlyReason.key);
  const people = contactPayloads(contacts).map((p) => v.parse(coreHandlers['contact.upsert'].input, p));
  const now = new Date();
  try {
    for (const group of batches(people, 5_000)) {
      // Side by side in one transaction: one after the other, each read would wait for the one before.
      await db.transaction('rw', db.contacts, () => Promise.all(group.map((p) => upsertContactFacts(db, p, now))));
    }
  } finally {
    db.close();
  }
  const t1 = performance.now();

  // The events: opened as it stands, without Vouch's digest middleware, which would rewrite each
  // contact's digest once per batch; the digests are then written once.
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    const log: VouchEvent[] = [];
    for (const group of batches(eventPayloads(people.map((p) => p.id), events), 10_000)) {
      const checked = batches(group, 500).flatMap((chunk) => v.parse(coreHandlers['events.append'].input, { events: chunk }).events) as VouchEvent[];
      const seqs = await raw.table('events').bulkAdd(checked, { allKeys: true });
      checked.forEach((e, i) => log.push({ ...e, seq: seqs[i] as number }));
    }
    await raw.table('digests').bulkPut(digestsOf(log));
    const t2 = performance.now();
    return {
      contacts: await raw.table('contacts').count(),
      events: await raw.table('events').count(),
      digests: await raw.table('digests').count(),
      contactsSeconds: (t1 - t0) / 1_000,
      eventsSeconds: (t2 - t1) / 1_000,
    };
  } finally {
    raw.close();
  }
}
