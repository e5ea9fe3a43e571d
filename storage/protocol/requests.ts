import * as v from 'valibot';
import { handler } from './define';
import { contactId } from './fields';
import type { VouchDb } from '../db';

export const SENT_BEFORE_MAX = 1_000;

/**
 * The texts of requests already sent to other people, newest first, for the near-duplicate check.
 * Read through the `type` index; deleted events and events without text are left out.
 */
export async function requestsSentBefore(
  db: VouchDb,
  excludeContactId: string,
  limit = SENT_BEFORE_MAX,
): Promise<{ contactName: string; text: string }[]> {
  const events = (await db.events.where('type').equals('request-sent').toArray())
    .filter((e) => !e.deletedAt && e.contactId !== excludeContactId && e.text)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (b.seq ?? 0) - (a.seq ?? 0))
    .slice(0, Math.min(limit, SENT_BEFORE_MAX));
  const ids = [...new Set(events.map((e) => e.contactId))];
  const contacts = await db.contacts.bulkGet(ids);
  const names = new Map(ids.map((id, i) => [id, contacts[i]?.name ?? id]));
  return events.map((e) => ({ contactName: names.get(e.contactId)!, text: e.text! }));
}

export const requestHandlers = {
  'requests.sentBefore': handler({
    reads: true,
    from: 'any',
    input: v.strictObject({
      excludeContactId: contactId,
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SENT_BEFORE_MAX))),
    }),
    run: (db, input) => requestsSentBefore(db, input.excludeContactId, input.limit),
  }),
};
