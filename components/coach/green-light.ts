import { recordedKey, type RecordedInput } from '@/storage/event-keys';
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

export type CoachEventInput = RecordedInput;

export function buildGivenEvent({ contactId, text, at }: CoachEventInput): NewEvent {
  return { contactId, type: 'given', at, text: text.trim(), source: 'user', key: recordedKey('given', { contactId, text, at }) };
}

export function buildGreenLightEvent({ contactId, text, at }: CoachEventInput): NewEvent {
  return {
    contactId,
    type: 'green-light-asked',
    at,
    text: text.trim(),
    source: 'user',
    key: recordedKey('green-light-asked', { contactId, text, at }),
  };
}
