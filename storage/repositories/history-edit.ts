import { UserFacingError } from '../errors';
import type { VouchDb } from '../db';
import type { EventType, VouchEvent } from '../types';

/** What the user may change in an event they entered; `text: null` removes the text. */
export interface EventEdit {
  type?: EventType;
  at?: Date;
  text?: string | null;
}

async function mustGet(db: VouchDb, key: string): Promise<VouchEvent> {
  const e = await db.events.where('key').equals(key).first();
  if (!e) throw new UserFacingError({ key: 'errors.eventGone' });
  return e;
}

/**
 * Removes an event from the user's history. It is only marked, so that undo can bring it back and
 * so that a page re-read cannot write the same fact again under the same key.
 */
export async function deleteEvent(db: VouchDb, key: string, now = new Date()): Promise<VouchEvent> {
  return db.transaction('rw', db.events, async () => {
    const e = await mustGet(db, key);
    if (e.deletedAt) return e;
    const next = { ...e, deletedAt: now };
    await db.events.put(next);
    return next;
  });
}

export async function restoreEvent(db: VouchDb, key: string): Promise<VouchEvent> {
  return db.transaction('rw', db.events, async () => {
    const e = await mustGet(db, key);
    if (!e.deletedAt) return e;
    const next = { ...e };
    delete next.deletedAt;
    await db.events.put(next);
    return next;
  });
}

/**
 * Changes an event the user entered and returns the version before, for undo (undo is the same
 * call with the previous type, date and text). Facts read from LinkedIn or an import are what
 * those sources said: they can be removed, not rewritten.
 */
export async function updateEvent(
  db: VouchDb,
  key: string,
  edit: EventEdit,
): Promise<{ previous: VouchEvent; event: VouchEvent }> {
  return db.transaction('rw', db.events, async () => {
    const previous = await mustGet(db, key);
    if (previous.source !== 'user') {
      throw new UserFacingError({ key: previous.source === 'page' ? 'errors.fromPage' : 'errors.fromImport' });
    }
    const event: VouchEvent = { ...previous };
    if (edit.type !== undefined) event.type = edit.type;
    if (edit.at !== undefined) event.at = edit.at;
    if (edit.text === null) delete event.text;
    else if (edit.text !== undefined) event.text = edit.text;
    await db.events.put(event);
    return { previous, event };
  });
}
