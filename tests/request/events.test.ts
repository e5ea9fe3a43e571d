import { recordedKey } from '@/storage/event-keys';
import { describe, expect, it } from 'vitest';
import {
  SENT_EVENT_FOR_KIND,
  buildHeadsUpSentEvent,
  buildReminderSentEvent,
  buildRequestSentEvent,
  buildThankedEvent,
} from '@/components/request/events';

const at = new Date(2026, 2, 14, 9, 30); // local time: the key follows the user's day
const base = { contactId: 'jane-doe-42', text: 'Hi Jane, would you…', at };

describe('buildRequestSentEvent', () => {
  it('builds a request-sent event recorded by the user, with the text', () => {
    expect(buildRequestSentEvent(base)).toEqual({
      contactId: 'jane-doe-42',
      type: 'request-sent',
      at,
      text: 'Hi Jane, would you…',
      source: 'user',
      key: expect.stringMatching(/^request-sent:jane-doe-42:2026-03-14:[0-9a-z]+$/),
    });
  });

  it.each([
    ['later the same day', { at: new Date(2026, 2, 14, 23, 59) }],
    ['with different spacing', { text: '  Hi Jane,   would you…\n' }],
  ])('keeps the same key %s', (_what, change) => {
    expect(buildRequestSentEvent({ ...base, ...change }).key).toBe(buildRequestSentEvent(base).key);
  });

  it.each([
    ['another day', { at: new Date(2026, 2, 15, 9, 30) }],
    ['another text', { text: 'Hi Jane, could you…' }],
    ['another contact', { contactId: 'john-roe' }],
  ])('changes the key for %s', (_what, change) => {
    expect(buildRequestSentEvent({ ...base, ...change }).key).not.toBe(buildRequestSentEvent(base).key);
  });
});

describe('the other sent events', () => {
  it.each([
    [buildHeadsUpSentEvent, 'heads-up-sent'],
    [buildReminderSentEvent, 'reminder-sent'],
    [buildThankedEvent, 'thanked'],
  ] as const)('%#: %s', (build, type) => {
    const e = build(base);
    expect(e).toMatchObject({ type, source: 'user', text: base.text });
    expect(e.key).toBe(recordedKey(type, base));
    expect(e.key).not.toBe(buildRequestSentEvent(base).key);
  });

  it('records nothing for an offer, which is not yet a fact', () => {
    expect(SENT_EVENT_FOR_KIND).toEqual({ request: 'request-sent', 'heads-up': 'heads-up-sent', 'follow-up': 'reminder-sent', 'thank-you': 'thanked', offer: null });
  });
});
