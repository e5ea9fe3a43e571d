import { t } from '@/components/i18n/t';
import type { NewEvent } from '@/storage/repositories/events';
import { EVENT_TYPES, type EventType, type VouchEvent } from '@/storage/types';

/** What the user can record by hand (notes have their own list, so not the `note` event). */
export const MANUAL_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter((t) => t !== 'note');

/** Only what the user typed may be rewritten; what LinkedIn or an import said can only be removed. */
export function canEdit(event: Pick<VouchEvent, 'source'>): boolean {
  return event.source === 'user';
}

/** An event the user entered. Its key is unique, so it never collides with a page or import fact. */
export function userEvent(contactId: string, type: EventType, at: Date, text: string, id: string): NewEvent {
  const trimmed = text.trim();
  return { contactId, type, at, source: 'user', key: `user:${id}`, ...(trimmed ? { text: trimmed } : {}) };
}

export type ReminderDaysInput = { ok: true; days: number | null } | { ok: false; reason: string };

/** The reminder delay box: blank means "use my default"; otherwise 1 to 365 whole days. */
export function parseReminderDays(input: string): ReminderDaysInput {
  const s = input.trim();
  if (s === '') return { ok: true, days: null };
  if (!/^\d+$/.test(s)) return { ok: false, reason: t('settings.wholeDays') };
  const days = Number(s);
  if (days < 1 || days > 365) return { ok: false, reason: t('settings.daysRange') };
  return { ok: true, days };
}
