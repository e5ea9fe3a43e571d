import { groupForContact, type RequestGroup } from '@/storage/relationships';
import type { TemplateVars } from '@/components/request/templates';
import type { ContactStanding } from '@/storage/repositories/status';
import type { Contact } from '@/storage/types';

export type FollowUpTiming = 'due-today' | 'overdue';

/**
 * A reminder falls due the day the contact's delay runs out: that day it is "due today", after it
 * "overdue" (by how many days), so the list can put the freshest next to the ones slipping away.
 */
export function followUpTiming(days: number, reminderAfterDays: number): { timing: FollowUpTiming; late: number } {
  const late = Math.max(0, days - reminderAfterDays);
  return { timing: late === 0 ? 'due-today' : 'overdue', late };
}

export interface FollowUpGroups {
  dueToday: ContactStanding[];
  overdue: ContactStanding[];
}

export function groupFollowUps(rows: readonly ContactStanding[], defaultDays: number): FollowUpGroups {
  const out: FollowUpGroups = { dueToday: [], overdue: [] };
  for (const r of rows) {
    const after = r.contact?.reminderAfterDays ?? defaultDays;
    (followUpTiming(r.days ?? after, after).timing === 'due-today' ? out.dueToday : out.overdue).push(r);
  }
  return out;
}

/** Whose templates fit: a contact is only due once its relationship is set, so the fallback is rarely used. */
export function followUpGroup(contact: Pick<Contact, 'relationship'> | null): RequestGroup {
  return groupForContact(contact?.relationship) ?? 'peer';
}

/** What a follow-up message can say about the person: their first name, and the user's name to sign. */
export function followUpVars(contact: Pick<Contact, 'name' | 'firstName'> | null, myName: string | null): TemplateVars {
  const first = contact?.firstName?.trim() || firstWord(contact?.name ?? '');
  return { firstName: first || null, myName };
}

function firstWord(name: string): string {
  // A name that is still the profile id ("jane-doe-42") is not a first name.
  if (!/\s/.test(name.trim()) && /[-\d]/.test(name)) return '';
  return name.trim().split(/\s+/)[0] ?? '';
}
