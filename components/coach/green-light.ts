import { isoDay } from '@/components/shared/day';
import type { NewEvent } from '@/storage/repositories/events';

/**
 * Before posting, a good recommender asks the person whether the draft says what they would like
 * said. These build that message and the two facts the coach records: the green light was asked,
 * and the recommendation was given. Keys are stable for one contact, one text and one day, so a
 * second click (or a retry after the worker restarted) records nothing new.
 */
export function greenLightMessage(input: { firstName?: string; draft: string; senderName?: string }): string {
  const hi = input.firstName?.trim() ? `Hi ${input.firstName.trim()},` : 'Hi,';
  const lines = [
    hi,
    '',
    "I'm writing you a LinkedIn recommendation and would like it to highlight what matters to you. My draft is below: is there anything you'd like me to add, change or leave out?",
    'No pressure either way, and if you would rather not have it on your profile, just say so.',
    '',
    '---',
    input.draft.trim(),
    '---',
  ];
  if (input.senderName?.trim()) lines.push('', input.senderName.trim());
  return lines.join('\n');
}

// A short, stable fingerprint of the text (FNV-1a), so keys stay small whatever the text's length.
function fingerprint(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export interface CoachEventInput {
  contactId: string;
  text: string;
  at: Date;
}

export function buildGivenEvent({ contactId, text, at }: CoachEventInput): NewEvent {
  return { contactId, type: 'given', at, text: text.trim(), source: 'user', key: `given:${contactId}:${isoDay(at)}:${fingerprint(text)}` };
}

export function buildGreenLightEvent({ contactId, text, at }: CoachEventInput): NewEvent {
  return {
    contactId,
    type: 'green-light-asked',
    at,
    text: text.trim(),
    source: 'user',
    key: `green-light-asked:${contactId}:${isoDay(at)}:${fingerprint(text)}`,
  };
}
