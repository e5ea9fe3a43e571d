import { RangeSet } from 'dexie';

/**
 * Dexie's event for a change another context made: its name is the wire protocol between pages
 * and workers (which may run different Dexie versions), so it stays fixed. The test in
 * tests/dashboard/reread.test.ts fails if it stops working.
 */
const STORAGE_MUTATED = 'x-storagemutated-1';

/**
 * Makes every live query of this page read the database again, as Dexie itself does when a page
 * comes back from the back-forward cache (its cached results included). The background's Dexie
 * tells every Vouch page of its commits; when the worker stopped between committing a write and
 * telling, nothing else would, and the page would show the old data until it was reloaded. Used
 * after a write the outbox had to send again (`OutboxOptions.onRedelivered`), which is rare: a write
 * answered at its first try was told of before it was answered.
 */
export function rereadEverything(): void {
  dispatchEvent(new CustomEvent(STORAGE_MUTATED, { detail: { all: new RangeSet(-Infinity, [[]]) } }));
}
