import { importEventKey, textHash } from './event-keys';
import { connectionProfileId } from './export-tables';
import type { Connection, LinkedInExport, Rec } from './linkedin-export';
import type { NewEvent } from './repositories/events';
import type { Ambiguity, Contact } from './types';
import { normaliseName } from './types';

/**
 * The import's plan, pure: which contacts a parsed export adds or changes, which events it records,
 * which rows need the user to say who they are about, and which name-only contacts fold into a
 * profile. Event keys come from the row itself (direction, name, day, text), not from whichever
 * contact it matched, so importing the same export twice, or a newer one, never writes a fact twice.
 */

export type Direction = 'received' | 'given';

/**
 * The id of a contact known only by name (no profile URL anywhere): `import:<name-key-with-dashes>`.
 * It is a valid contact id for messages (no spaces or slashes) and stays the same across imports,
 * so later rows for the same name find it.
 */
export function syntheticContactId(nameKey: string, rawName = ''): string {
  const slug = nameKey.replace(/\s+/g, '-').slice(0, 180);
  return slug ? `import:${slug}` : `import:~${textHash(rawName)}`;
}

const companyKey = (s: string | undefined) => normaliseName(s ?? '');

/** The first free id for another person of the same name: `<base>~2`, `<base>~3`, … */
export function namesakeId(base: string, taken: (id: string) => boolean): string {
  let n = 2;
  while (taken(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}
const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.replace(/\s+/g, ' ').trim();

export interface ImportPlan {
  /** Contacts this import touches; only those `added` or `changed` are written. */
  contacts: Map<string, { contact: Contact; added: boolean; changed: boolean }>;
  events: NewEvent[];
  ambiguities: Omit<Ambiguity, 'id'>[];
  /** Name-keyed (`import:`) contact id → the profile id that replaces it. */
  merges: Map<string, string>;
  problems: string[];
}

/** What only the user sets on a contact: carried over when two contacts become one. */
const USER_FIELDS = ['relationship', 'relationshipCleared', 'reminderAfterDays', 'doNotNudge', 'snoozedUntil'] as const;

/**
 * Decides, without touching the database, what the export means for the contacts Vouch already
 * has. Pure, so the matching rules can be tested row by row.
 */
export function planImport(data: LinkedInExport, existing: readonly Contact[], now: Date): ImportPlan {
  const plan: ImportPlan = { contacts: new Map(), events: [], ambiguities: [], merges: new Map(), problems: [] };
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byName = new Map<string, Set<string>>();
  const index = (c: Contact) => {
    if (!byName.has(c.nameKey)) byName.set(c.nameKey, new Set());
    byName.get(c.nameKey)!.add(c.id);
  };
  existing.forEach(index);

  /** A copy of the contact that this import may change; only copies end up written. */
  const working = (id: string, name: string, nameKey: string): Contact => {
    const planned = plan.contacts.get(id);
    if (planned) return planned.contact;
    const known = byId.get(id);
    const contact: Contact = known ? { ...known } : { id, name, nameKey, createdAt: now, updatedAt: now };
    plan.contacts.set(id, { contact, added: !known, changed: false });
    if (!known) {
      byId.set(id, contact);
      index(contact);
    }
    return contact;
  };

  // Fills gaps only: what the page showed or the user typed is never replaced by an export's copy.
  const fill = (c: Contact, facts: Partial<Pick<Contact, 'name' | 'firstName' | 'lastName' | 'company' | 'headline' | 'connectedAt'>>) => {
    const entry = plan.contacts.get(c.id)!;
    // A contact first seen on a page before its name was read carries its id as its name.
    if (facts.name && c.name === c.id && facts.name !== c.id) {
      c.name = facts.name;
      c.nameKey = normaliseName(facts.name);
      index(c);
      entry.changed = true;
    }
    for (const field of ['firstName', 'lastName', 'company', 'headline'] as const) {
      const value = facts[field];
      if (value && !c[field]) {
        c[field] = value;
        entry.changed = true;
      }
    }
    if (facts.connectedAt && !c.connectedAt) {
      c.connectedAt = facts.connectedAt;
      entry.changed = true;
    }
    if (entry.changed && !entry.added) c.updatedAt = now;
  };

  const pick = (ids: Iterable<string>, company: string | undefined): string[] => {
    const all = [...ids];
    if (all.length <= 1 || !companyKey(company)) return all;
    const same = all.filter((id) => companyKey(byId.get(id)?.company) === companyKey(company));
    return same.length === 1 ? same : all;
  };

  /** Every one of these contacts has a known company, and none is this one. */
  const atOtherCompanies = (ids: string[], company: string | undefined): boolean => {
    const key = companyKey(company);
    return !!key && ids.every((id) => {
      const theirs = companyKey(byId.get(id)?.company);
      return !!theirs && theirs !== key;
    });
  };

  // Connections first: they carry the profile URLs that recommendation rows lack.
  const connectionsByName = new Map<string, { id: string; company?: string; fromUrl: boolean }[]>();
  for (const conn of data.connections) {
    const name = fullName(conn);
    const nameKey = normaliseName(name);
    const facts = factsOf(conn);
    const urlId = connectionProfileId(conn);
    let id = urlId;
    if (!id) {
      const named = [...(byName.get(nameKey) ?? [])];
      const candidates = pick(named, conn.company);
      if (named.length && atOtherCompanies(named, conn.company)) {
        // Everyone of that name works somewhere else: a namesake, kept as a contact of their own
        // (two "Dan Okafor" rows of one export, at two companies, are two people).
        id = namesakeId(syntheticContactId(nameKey, name), (candidate) => byId.has(candidate));
      } else if (candidates.length > 1) {
        plan.problems.push(`${candidates.length} contacts are named ${name}: the details of that connection were not filled in.`);
        continue;
      } else {
        id = candidates[0] ?? syntheticContactId(nameKey, name);
      }
    }
    fill(working(id, name, nameKey), { name, ...facts });
    if (!connectionsByName.has(nameKey)) connectionsByName.set(nameKey, []);
    connectionsByName.get(nameKey)!.push({ id, company: conn.company, fromUrl: !!urlId });
  }

  // Someone first imported from an export without URLs lives on a name-keyed contact; once a newer
  // export gives their profile, that contact is folded into it rather than left beside it as a
  // namesake. Only when the export names exactly one person of that name.
  for (const [nameKey, conns] of connectionsByName) {
    const syntheticId = syntheticContactId(nameKey);
    const synthetic = byId.get(syntheticId);
    if (!synthetic || conns.length !== 1 || !conns[0]!.fromUrl) continue;
    const realId = conns[0]!.id;
    plan.merges.set(syntheticId, realId);
    plan.contacts.delete(syntheticId);
    byName.get(nameKey)?.delete(syntheticId);
    const entry = plan.contacts.get(realId)!;
    for (const field of USER_FIELDS) {
      if (synthetic[field] !== undefined && entry.contact[field] === undefined) {
        (entry.contact as unknown as Record<string, unknown>)[field] = synthetic[field];
        entry.changed = true;
      }
    }
    if (synthetic.createdAt < entry.contact.createdAt) entry.contact.createdAt = synthetic.createdAt;
  }

  const rows: [Direction, Rec][] = [
    ...data.received.map((r) => ['received', r] as [Direction, Rec]),
    ...data.given.map((r) => ['given', r] as [Direction, Rec]),
  ];
  for (const [direction, rec] of rows) {
    const name = fullName(rec);
    const nameKey = normaliseName(name);
    const key = importEventKey(direction, nameKey, rec.date, rec.text);
    // A connection of that name at the row's company is the profile URL route; otherwise every
    // contact and connection of that name is a candidate (a connection may be stored under the
    // name its profile page showed, which can differ from the export's).
    const connections = connectionsByName.get(nameKey) ?? [];
    const atCompany = connections.filter((c) => companyKey(c.company) && companyKey(c.company) === companyKey(rec.company));
    const candidates =
      atCompany.length === 1
        ? [atCompany[0]!.id]
        : pick(new Set([...connections.map((c) => c.id), ...(byName.get(nameKey) ?? [])]), rec.company);
    if (candidates.length > 1) {
      plan.ambiguities.push({
        createdAt: now,
        row: { name, ...(rec.company ? { company: rec.company } : {}), type: direction, at: rec.date, text: rec.text, key },
        candidates: candidates.sort(),
      });
      continue;
    }
    const id = candidates[0] ?? syntheticContactId(nameKey, name);
    const contact = working(id, name, nameKey);
    // The company and title in a recommendation are those of its day: they only start a new contact.
    if (plan.contacts.get(id)!.added) {
      fill(contact, { firstName: rec.firstName, lastName: rec.lastName, company: rec.company, headline: rec.jobTitle });
    }
    plan.events.push({ contactId: id, type: direction, at: rec.date, text: rec.text, source: 'import', key });
  }
  return plan;
}

function factsOf(conn: Connection) {
  return { firstName: conn.firstName, lastName: conn.lastName, company: conn.company, headline: conn.position, connectedAt: conn.connectedOn };
}
