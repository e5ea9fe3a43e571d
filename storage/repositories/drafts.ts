import type { VouchDb } from '../db';
import type { Draft, DraftKind } from '../types';

export const draftId = (contactId: string, kind: DraftKind) => `${contactId}:${kind}`;

export async function saveDraft(db: VouchDb, contactId: string, kind: DraftKind, text: string, now = new Date()) {
  const draft: Draft = { id: draftId(contactId, kind), contactId, kind, text, updatedAt: now };
  await db.drafts.put(draft);
  return draft;
}

export function getDraft(db: VouchDb, contactId: string, kind: DraftKind) {
  return db.drafts.get(draftId(contactId, kind));
}

export function clearDraft(db: VouchDb, contactId: string, kind: DraftKind) {
  return db.drafts.delete(draftId(contactId, kind));
}
