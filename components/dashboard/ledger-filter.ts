import type { ReciprocityStatus } from '@/storage/reciprocity';
import { sortRows, type ContactStanding, type LedgerSort } from '@/storage/repositories/status';
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

export function filterLedger(rows: readonly ContactStanding[], f: LedgerFilters): ContactStanding[] {
  const words = searchWords(f.query);
  return sortRows(
    rows.filter((r) => matchesFilters(r, f, words)),
    f.sort,
  );
}

/** True when any filter narrows the list: the empty state then says "no match", not "no contacts". */
export function isFiltered(f: LedgerFilters): boolean {
  return f.query.trim() !== '' || f.status !== 'all' || f.relationship !== 'all' || f.due !== 'all';
}
