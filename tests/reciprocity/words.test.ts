import { describe, expect, it } from 'vitest';
import { daysAgo, eventLabel, formUrl, profileUrl, sinceLine, statusSentence, stepLink } from '@/components/profile-card/words';
import { QUICK_EVENTS, stepEvents, userEvent } from '@/components/profile-card/actions';
import { contactFactsOf } from '@/components/profile-card/sync';
import { errorText } from '@/components/shared/explain';
import { NEXT_STEP_KINDS, STATUSES, type NextStepKind } from '@/storage/reciprocity';
import { EVENT_TYPES } from '@/storage/types';

describe('card wording', () => {
  it.each([
    [0, 'today'],
    [-3, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
  ])('daysAgo(%i) is %s', (n, text) => expect(daysAgo(n)).toBe(text));

  it.each([
    [{ status: 'you-owe' }, "They recommended you — you haven't returned it yet"],
    [{ status: 'waiting', days: 12 }, 'You asked 12 days ago'],
    [{ status: 'waiting', days: 0 }, 'You asked today'],
    [{ status: 'waiting' }, 'You asked'],
    [{ status: 'agreed', days: 3 }, 'They agreed, nothing has arrived yet'],
    [{ status: 'mutual' }, "You're even"],
    [{ status: 'none' }, 'Nothing yet'],
    [{ status: 'they-asked' }, 'They asked you for a recommendation'],
    [{ status: 'declined' }, 'They declined your request'],
    [{ status: 'they-owe' }, 'You recommended them — nothing has come back'],
  ] as const)('statusSentence(%j)', (r, text) => expect(statusSentence(r)).toBe(text));

  it('has a sentence for every status', () => {
    for (const status of STATUSES) expect(statusSentence({ status, days: 2 }).length).toBeGreaterThan(0);
  });

  it.each([
    [{ status: 'you-owe', days: 1 }, 'They wrote it yesterday.'],
    [{ status: 'agreed', days: 5 }, 'They said yes 5 days ago.'],
    [{ status: 'waiting', days: 5 }, null], // the headline already says when
    [{ status: 'none' }, null],
    [{ status: 'mutual' }, null], // no days, nothing to say
  ] as const)('sinceLine(%j)', (r, text) => expect(sinceLine(r)).toBe(text));

  it('labels every event type, and says where a fact came from', () => {
    for (const t of EVENT_TYPES) expect(eventLabel(t)).toMatch(/\w/);
    expect(eventLabel('received', 'page')).toBe('They recommended you (seen on LinkedIn)');
    expect(eventLabel('given', 'import')).toBe('You recommended them (imported)');
    expect(eventLabel('given', 'user')).toBe('You recommended them');
  });

  it.each([
    ['jane-doe-42', 'request', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/'],
    ['jane-doe-42', 'write', 'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/write/'],
    ['josé', 'write', 'https://www.linkedin.com/in/jos%C3%A9/edit/forms/recommendation/write/'],
  ] as const)('formUrl(%s, %s)', (id, form, url) => expect(formUrl(id, form)).toBe(url));

  it('adds the member URN as LinkedIn’s More menu does, when it is known and well formed', () => {
    const urn = 'urn:li:fsd_profile:ACoAAB1234567890abcdefghijklmnopqrstuvwx';
    expect(formUrl('jane-doe-42', 'request', urn)).toBe(
      'https://www.linkedin.com/in/jane-doe-42/edit/forms/recommendation/request/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAB1234567890abcdefghijklmnopqrstuvwx',
    );
    expect(stepLink({ kind: 'offer', label: 'x', said: { key: 'step.wait' } }, 'jane-doe-42', urn)?.href).toBe(formUrl('jane-doe-42', 'request', urn));
    expect(formUrl('jane-doe-42', 'request', 'javascript:alert(1)')).toBe(formUrl('jane-doe-42', 'request'));
  });

  it('has no LinkedIn link for someone known only by name from an import', () => {
    expect(formUrl('import:dan-okafor', 'write')).toBeNull();
    expect(profileUrl('import:dan-okafor')).toBeNull();
    expect(stepLink({ kind: 'write', label: 'x', said: { key: 'step.wait' } }, 'import:dan-okafor')).toBeNull();
    expect(profileUrl('dan-okafor')).toBe('https://www.linkedin.com/in/dan-okafor/');
  });

  const linkFor = (kind: NextStepKind) => stepLink({ kind, label: 'x', said: { key: 'step.wait' } }, 'sam')?.href ?? null;
  it.each([
    ['thank-and-write', 'write'],
    ['write-back', 'write'],
    ['write', 'write'],
    ['give-first', 'write'],
    ['post', 'write'],
    ['offer', 'request'],
    ['remind', null],
    ['wait', null],
    ['let-go', null],
    ['set-relationship', null],
  ] as const)('a %s step links to the %s form', (kind, form) => {
    expect(linkFor(kind)).toBe(form ? formUrl('sam', form) : null);
  });

  it('has a link decision for every next step kind, and none without a step', () => {
    expect(NEXT_STEP_KINDS).toHaveLength(10);
    expect(stepLink(null, 'sam')).toBeNull();
  });
});

describe('card actions', () => {
  it.each([
    ['remind', ['reminder-sent']],
    ['thank-and-write', ['thanked']],
    ['write-back', []],
    ['wait', []],
  ] as const)('a %s step offers %j', (kind, types) => {
    expect(stepEvents({ kind, label: '', said: { key: 'step.wait' } }).map((q) => q.type)).toEqual(types);
  });

  it('offers no step events without a step, and always the three answers', () => {
    expect(stepEvents(null)).toEqual([]);
    expect(QUICK_EVENTS.map((q) => q.type)).toEqual(['request-received', 'agreed', 'declined']);
  });

  it('makes user events with distinct keys', () => {
    const at = new Date('2025-01-01T00:00:00Z');
    const a = userEvent('sam', 'agreed', at, 'n1');
    expect(a).toEqual({ contactId: 'sam', type: 'agreed', at, source: 'user', key: `user:sam:agreed:${at.getTime()}:n1` });
    expect(userEvent('sam', 'agreed', at, 'n2').key).not.toBe(a.key);
  });

  it.each([
    [{ id: 'sam', name: 'Sam Lee', firstName: 'Sam', headline: ' CTO ' }, { id: 'sam', name: 'Sam Lee', firstName: 'Sam', headline: 'CTO' }],
    [{ id: 'sam', name: '', firstName: '  ' }, { id: 'sam' }],
    [{ id: 'sam', name: 'S', firstName: 'S', memberUrn: 'urn:li:fsd_profile:ACo' }, { id: 'sam', name: 'S', firstName: 'S', memberUrn: 'urn:li:fsd_profile:ACo' }],
  ])('contactFactsOf(%j) keeps what the page showed', (contact, facts) => {
    expect(contactFactsOf(contact)).toEqual(facts);
  });

  it.each([
    [new Error('Disk full'), 'Disk full'],
    ['plain', 'plain'],
    [new Error(''), 'Vouch could not do that.'],
  ])('errorText(%s)', (e, text) => expect(errorText(e)).toBe(text));
});
