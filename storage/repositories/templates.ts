import { UserFacingError } from '../errors';
import { builtInTemplate, builtInTemplates } from '../builtin-templates';
import type { Language } from '../settings';
import type { VouchDb } from '../db';
import type { Template } from '../types';

/** A template as the composer sees it: a built-in (maybe edited by the user) or one of the user's own. */
export interface ListedTemplate extends Template {
  /** A built-in the user has changed: "Reset" brings back Vouch's version. */
  edited: boolean;
}

export interface TemplateDraft {
  /** Absent for a new template. */
  id?: string;
  /**
   * The id a new template is to have, made by the sender (the outbox stamps it) so that the same
   * save sent again after a worker restart finds its first copy instead of adding a second.
   */
  newId?: string;
  group: string;
  kind: string;
  name: string;
  body: string;
}

// Built-ins never change on disk: their date is the epoch so any edit is newer.
const BUILT_IN_DATE = new Date(0);

/**
 * Built-ins (with the user's edits in place) first, in Vouch's order, then the user's own, oldest
 * first. The built-ins the user has not edited are written in `language` (the one Vouch speaks).
 */
export async function listTemplates(db: VouchDb, filter: { group?: string; kind?: string } = {}, language: Language = 'en'): Promise<ListedTemplate[]> {
  const rows = await db.templates.toArray();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ListedTemplate[] = [];
  for (const b of await builtInTemplates(language)) {
    const row = byId.get(b.id);
    out.push(row ? { ...row, builtIn: true, edited: true } : { ...b, builtIn: true, updatedAt: BUILT_IN_DATE, edited: false });
  }
  const own = rows
    .filter((r) => !builtInTemplate(r.id))
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
    .map((r) => ({ ...r, builtIn: false, edited: false }));
  return [...out, ...own].filter((t) => (!filter.group || t.group === filter.group) && (!filter.kind || t.kind === filter.kind));
}

function newId(): string {
  return `user:${globalThis.crypto.randomUUID()}`;
}

/** Saves an edit of a built-in (kept under the built-in's id) or a template of the user's own. */
export async function saveTemplate(db: VouchDb, draft: TemplateDraft, now = new Date()): Promise<ListedTemplate> {
  return db.transaction('rw', db.templates, () => saveInTransaction(db, draft, now));
}

async function saveInTransaction(db: VouchDb, draft: TemplateDraft, now: Date): Promise<ListedTemplate> {
  const builtIn = draft.id ? builtInTemplate(draft.id) : undefined;
  if (draft.id && !builtIn && !(await db.templates.get(draft.id))) {
    throw new UserFacingError({ key: 'errors.templateGone' });
  }
  if (!draft.id && draft.newId) {
    const first = await db.templates.get(draft.newId);
    if (first) return { ...first, builtIn: false, edited: false }; // this save, sent again
  }
  const row: Template = {
    id: draft.id ?? draft.newId ?? newId(),
    // A built-in keeps its place: editing its text does not move it to another group or kind.
    group: builtIn?.group ?? draft.group,
    kind: builtIn?.kind ?? draft.kind,
    name: draft.name,
    body: draft.body,
    builtIn: !!builtIn,
    updatedAt: now,
  };
  await db.templates.put(row);
  return { ...row, edited: !!builtIn };
}

/** Deletes one of the user's own templates; built-ins can be reset, not deleted. */
export async function deleteTemplate(db: VouchDb, id: string): Promise<void> {
  if (builtInTemplate(id)) throw new UserFacingError({ key: 'errors.ownTemplate' });
  await db.templates.delete(id);
}

/**
 * Brings back Vouch's text for one built-in, or for every built-in when no id is given. The
 * user's own templates are theirs: resetting never removes them.
 */
export async function resetTemplates(db: VouchDb, id?: string): Promise<{ reset: number }> {
  if (id !== undefined) {
    if (!builtInTemplate(id)) throw new UserFacingError({ key: 'errors.onlyBuiltIn' });
    const had = await db.templates.get(id);
    await db.templates.delete(id);
    return { reset: had ? 1 : 0 };
  }
  const ids = (await db.templates.toArray()).map((r) => r.id).filter((rid) => builtInTemplate(rid));
  await db.templates.bulkDelete(ids);
  return { reset: ids.length };
}
