import { STATUSES, type ReciprocityStatus } from '@/storage/reciprocity';
import type { ContactStanding, LedgerSort } from '@/storage/repositories/status';
import { normaliseName, type Relationship } from '@/storage/types';

/**
 * The ledger is read from the database once per change; search, filters and sort then run in
 * memory on every keystroke, so typing never waits for IndexedDB even at 10,000 contacts.
 */
export interface LedgerFilters {
  query: string;
  status: ReciprocityStatus | 'all';
  /** `unknown`: the user has not said how they know the person. */
  relationship: Relationship | 'unknown' | 'all';
  due: 'all' | 'due' | 'not-due';
  sort: LedgerSort;
}

export const DEFAULT_LEDGER_FILTERS: LedgerFilters = {
  query: '',
  status: 'all',
  relationship: 'all',
  due: 'all',
  sort: 'recent',
};

// Normalising 10,000 names per keystroke is the slow part of a search: do it once per row object.
const haystacks = new WeakMap<ContactStanding, string>();
function haystackOf(row: ContactStanding): string {
  let hay = haystacks.get(row);
  if (hay === undefined) {
    const c = row.contact;
    hay = ` ${normaliseName([c?.name, c?.headline, c?.company, row.contactId].filter(Boolean).join(' '))} `;
    haystacks.set(row, hay);
  }
  return hay;
}

export function matchesFilters(row: ContactStanding, f: LedgerFilters, words = searchWords(f.query)): boolean {
  if (f.status !== 'all' && row.status !== f.status) return false;
  if (f.relationship === 'unknown' ? row.relationship !== null : f.relationship !== 'all' && row.relationship !== f.relationship) {
    return false;
  }
  if (f.due !== 'all' && row.due !== (f.due === 'due')) return false;
  if (words.length) {
    const hay = haystackOf(row);
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

export function searchWords(query: string): string[] {
  return normaliseName(query).split(' ').filter(Boolean);
}

/** Keeps the rows that pass the filters, in the order given. */
export function applyFilters(rows: readonly ContactStanding[], f: LedgerFilters): ContactStanding[] {
  const words = searchWords(f.query);
  return rows.filter((r) => matchesFilters(r, f, words));
}

const STATUS_RANK = new Map(STATUSES.map((s, i) => [s, i]));
// The stored name key (accents off, lower case) compared by code unit: alphabetical enough for a
// list, and far cheaper than a locale collation for the many ties a fresh import leaves.
const nameKeyOf = (r: ContactStanding) => r.contact?.nameKey || r.contactId;
const byName = (a: ContactStanding, b: ContactStanding) => {
  const x = nameKeyOf(a);
  const y = nameKeyOf(b);
  return x < y ? -1 : x > y ? 1 : a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0;
};
const byDays = (a: ContactStanding, b: ContactStanding) => (b.days ?? -1) - (a.days ?? -1) || byName(a, b);
const COMPARE: Record<LedgerSort, (a: ContactStanding, b: ContactStanding) => number> = {
  recent: (a, b) => (b.last?.at.getTime() ?? -Infinity) - (a.last?.at.getTime() ?? -Infinity) || byName(a, b),
  name: byName,
  status: (a, b) => STATUS_RANK.get(a.status)! - STATUS_RANK.get(b.status)! || byDays(a, b),
  days: byDays,
};

/** A sorted copy: newest activity, name, status (the user's own debts first) or longest waiting. */
export function sortLedger(rows: readonly ContactStanding[], sort: LedgerSort): ContactStanding[] {
  return [...rows].sort(COMPARE[sort]);
}

export function filterLedger(rows: readonly ContactStanding[], f: LedgerFilters): ContactStanding[] {
  return applyFilters(sortLedger(rows, f.sort), f);
}

/** True when any filter narrows the list: the empty state then says "no match", not "no contacts". */
export function isFiltered(f: LedgerFilters): boolean {
  return f.query.trim() !== '' || f.status !== 'all' || f.relationship !== 'all' || f.due !== 'all';
}
