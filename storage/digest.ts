import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { DigestEvent, EventType, HistoryDigest, VouchEvent } from './types';

/**
 * The part of a contact's history that decides where they stand: for each type of event, its
 * newest live one (the first written, on a tie of dates). The reciprocity rules read nothing else
 * (the latest of each kind, and whether a reminder followed the last decline), so `standingOf`
 * gives the same answer on this as on the whole history (tests/foundation/digest.test.ts checks
 * it on random histories), and it stays at most one event per type however long the history
 * grows. Returned in the order they were written.
 */
export function digestOf(events: readonly (DigestEvent & { deletedAt?: Date })[]): DigestEvent[] {
  const newest = new Map<EventType, DigestEvent>();
  for (const e of [...events].sort(byWrite)) {
    if (e.deletedAt) continue;
    const best = newest.get(e.type);
    if (!best || e.at.getTime() > best.at.getTime()) newest.set(e.type, e);
  }
  return [...newest.values()].sort(byWrite).map(digestEvent);
}

/** The part of an event a digest keeps (see `DigestEvent`). */
export function digestEvent(e: DigestEvent): DigestEvent {
  return { seq: e.seq, type: e.type, at: e.at };
}

const byWrite = (a: DigestEvent, b: DigestEvent) => (a.seq ?? 0) - (b.seq ?? 0);

/** The table the database keeps the digests in: one row per contact with any event, removed ones included. */
export const DIGESTS = 'digests';
const EVENTS = 'events';

/** DBCoreRangeType: 1 is one key, 3 is every key (what `clear()` sends). */
const EQUAL = 1;
const EVERY_KEY = 3;

/**
 * Keeps the digests true inside every transaction that writes events, whoever writes them
 * (appending, editing or removing an event, an import and its merges, restoring a backup, deleting
 * everything): a write transaction over `events` also takes `digests`, and each write of events is
 * followed, in that transaction, by a fresh digest for every contact it touched. The two commit
 * or fail together, so the digests never lag behind the history, and the ledger reads one row
 * per contact instead of every event.
 *
 * Registered above Dexie's own layers, so that live queries reading the digests hear of the change.
 */
export const digestMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'VouchDigests',
  create(down) {
    const names = down.schema.tables.map((t) => t.name);
    if (!names.includes(DIGESTS) || !names.includes(EVENTS)) return {}; // an older schema (tests open every version)
    return {
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes(EVENTS) && !stores.includes(DIGESTS) ? [...stores, DIGESTS] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== EVENTS) return table;
        return { ...table, mutate: (req) => mutateKeepingDigests(table, down.table(DIGESTS), req) };
      },
    };
  },
};

async function mutateKeepingDigests(events: DBCoreTable, digests: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  // Whose history a change or removal touches is known only from the rows before it.
  const touched = new Set<string>();
  if (req.type === 'delete') addOwners(touched, await events.getMany({ trans, keys: req.keys }));
  if (req.type === 'put') {
    const keys = (req.keys ?? req.values.map((v) => (v as Partial<VouchEvent> | null)?.seq)).filter((k) => k != null);
    if (keys.length) addOwners(touched, await events.getMany({ trans, keys }));
  }
  const everything = req.type === 'deleteRange' && req.range.type === EVERY_KEY;
  if (req.type === 'deleteRange' && !everything) {
    addOwners(touched, (await events.query({ trans, values: true, query: { index: events.schema.primaryKey, range: req.range } })).result);
  }

  const res = await events.mutate(req);

  if (everything) {
    await digests.mutate({ trans, type: 'deleteRange', range: req.range });
  } else if (req.type === 'add') {
    const added: VouchEvent[] = [];
    req.values.forEach((v, i) => {
      if (!(i in res.failures) && isEvent(v)) added.push({ ...v, seq: (res.results?.[i] as number | undefined) ?? v.seq });
    });
    await mergeDigests(digests, trans, added);
  } else {
    if (req.type === 'put') req.values.forEach((v, i) => !(i in res.failures) && addOwners(touched, [v]));
    await rebuildDigests(events, digests, trans, [...touched]);
  }
  return res;
}

function isEvent(v: unknown): v is VouchEvent {
  return !!v && typeof (v as VouchEvent).contactId === 'string';
}

function addOwners(into: Set<string>, rows: readonly unknown[]) {
  for (const r of rows) if (isEvent(r)) into.add(r.contactId);
}

/** New events only add to what a digest holds: no need to read anyone's history again. */
async function mergeDigests(digests: DBCoreTable, trans: DBCoreTransaction, added: VouchEvent[]) {
  if (added.length === 0) return;
  const byContact = groupByContact(added);
  const ids = [...byContact.keys()];
  const before = (await digests.getMany({ trans, keys: ids })) as (HistoryDigest | undefined)[];
  const values: HistoryDigest[] = ids.map((contactId, i) => ({
    contactId,
    events: digestOf([...(before[i]?.events ?? []), ...byContact.get(contactId)!]),
  }));
  await mustWrite(digests.mutate({ trans, type: 'put', values }));
}

/** After an edit or a removal: each touched contact's digest from their history as it now stands. */
async function rebuildDigests(events: DBCoreTable, digests: DBCoreTable, trans: DBCoreTransaction, ids: string[]) {
  if (ids.length === 0) return;
  const index = events.schema.getIndexByKeyPath('contactId');
  if (!index) throw new Error('The events table has no contactId index.');
  const histories = await Promise.all(
    ids.map(async (id) => {
      const range: DBCoreKeyRange = { type: EQUAL, lower: id, upper: id, lowerOpen: false, upperOpen: false };
      return (await events.query({ trans, values: true, query: { index, range } })).result as VouchEvent[];
    }),
  );
  const values: HistoryDigest[] = [];
  const gone: string[] = [];
  ids.forEach((contactId, i) => {
    const history = histories[i]!;
    if (history.length) values.push({ contactId, events: digestOf(history) });
    else gone.push(contactId);
  });
  if (values.length) await mustWrite(digests.mutate({ trans, type: 'put', values }));
  if (gone.length) await mustWrite(digests.mutate({ trans, type: 'delete', keys: gone }));
}

/** A digest that cannot be written fails the whole write, so the history and its digests never part. */
async function mustWrite(pending: Promise<DBCoreMutateResponse>) {
  const res = await pending;
  if (res.numFailures) throw Object.values(res.failures)[0] ?? new Error('A digest could not be written.');
}

/** Every contact's digest from the whole history: the upgrade that adds the table, and tests. */
export function digestsOf(events: readonly VouchEvent[]): HistoryDigest[] {
  return [...groupByContact(events)].map(([contactId, list]) => ({ contactId, events: digestOf(list) }));
}

/** Events by the contact they belong to, each list in the order given. */
export function groupByContact(events: readonly VouchEvent[]): Map<string, VouchEvent[]> {
  const out = new Map<string, VouchEvent[]>();
  for (const e of events) {
    const list = out.get(e.contactId);
    if (list) list.push(e);
    else out.set(e.contactId, [e]);
  }
  return out;
}
