import { recordedKey, type RecordedInput } from '@/storage/event-keys';
import type { NewEvent } from '@/storage/repositories/events';
import type { StarterTexts } from './starter-texts/shape';

/**
 * Before posting, a good recommender asks the person whether the draft says what they would like
 * said. These build that message (in the language the draft is written in) and the two facts the coach records: the green light was asked,
 * and the recommendation was given. Keys are stable for one contact, one text and one day, so a
 * second click (or a retry after the worker restarted) records nothing new.
 */
export function greenLightMessage(input: { firstName?: string; draft: string; senderName?: string }, texts: StarterTexts['greenLight']): string {
  const name = input.firstName?.trim();
  const lines = [
    name ? texts.hi.replace('{name}', () => name) : texts.hiNoName,
    '',
    texts.ask,
    texts.easyOut,
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
