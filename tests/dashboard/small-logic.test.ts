import { describe, expect, it } from 'vitest';
import { canEdit, MANUAL_EVENT_TYPES, parseReminderDays, userEvent } from '@/components/dashboard/contact-edit';
import { checkChosenFiles, progressPercent, readFiles, summaryLines } from '@/components/dashboard/import-flow';
import { daysAgo, fromIsoDay, isoDay, profileUrl, requestFormUrl, shorten } from '@/components/dashboard/words';

describe('shorten', () => {
  it.each([
    ['Jane Doe', 10, 'Jane Doe'],
    ['Jane   Doe\n', 10, 'Jane Doe'],
    ['Bartholomew Featherstonehaugh', 12, 'Bartholomew…'],
    ['😀😀😀😀😀', 3, '😀😀…'],
    ['x'.repeat(10_000), 60, 'x'.repeat(59) + '…'],
  ])('%j at %i', (text, max, out) => expect(shorten(text, max)).toBe(out));
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['yesterday', false],
    ['', false],
  ])('fromIsoDay(%j) is a date: %s', (s, ok) => expect(fromIsoDay(s) !== null).toBe(ok));
  it('isoDay and fromIsoDay agree', () => expect(isoDay(fromIsoDay('2024-07-09')!)).toBe('2024-07-09'));
  it.each([
    [undefined, ''],
    [0, 'today'],
    [1, 'yesterday'],
    [9, '9 days ago'],
  ])('daysAgo(%s)', (d, s) => expect(daysAgo(d)).toBe(s));
});

describe('links to LinkedIn', () => {
  it.each([
    ['jane-doe-42', 'https://www.linkedin.com/in/jane-doe-42/'],
    ['amélie', 'https://www.linkedin.com/in/am%C3%A9lie/'],
    ['import:jane-doe', null],
    ['', null],
    ['a/b', null],
  ])('profileUrl(%j)', (id, url) => expect(profileUrl(id)).toBe(url));
  it('the request form sits under the profile', () => {
    expect(requestFormUrl('jane')).toBe('https://www.linkedin.com/in/jane/edit/forms/recommendation/request/');
    expect(requestFormUrl('import:jane')).toBeNull();
  });
});

describe('contact editing', () => {
  it.each([
    ['', { ok: true, days: null }],
    [' 21 ', { ok: true, days: 21 }],
    ['1', { ok: true, days: 1 }],
    ['365', { ok: true, days: 365 }],
    ['0', { ok: false }],
    ['366', { ok: false }],
    ['2.5', { ok: false }],
    ['two', { ok: false }],
    ['-3', { ok: false }],
  ])('parseReminderDays(%j)', (input, out) => expect(parseReminderDays(input)).toMatchObject(out));
  it.each([
    ['user', true],
    ['page', false],
    ['import', false],
  ] as const)('canEdit a %s event: %s', (source, ok) => expect(canEdit({ source })).toBe(ok));
  it('a manual event has its own key and no empty text', () => {
    const at = new Date();
    expect(userEvent('jane', 'agreed', at, '  ', 'u1')).toEqual({ contactId: 'jane', type: 'agreed', at, source: 'user', key: 'user:u1' });
    expect(userEvent('jane', 'agreed', at, ' ok ', 'u2').text).toBe('ok');
    expect(MANUAL_EVENT_TYPES).not.toContain('note');
  });
});

describe('import flow', () => {
  it.each<[{ name: string; size: number }[], RegExp | null]>([
    [[{ name: 'Basic_LinkedInDataExport_01-01-2025.zip', size: 100 }], null],
    [[{ name: 'part1.zip', size: 100 }, { name: 'part2.ZIP', size: 100 }], null],
    [[], /Choose the ZIP/],
    [[{ name: 'Connections.csv', size: 100 }], /not a ZIP/],
    [[{ name: 'empty.zip', size: 0 }], /empty/],
    [Array.from({ length: 5 }, (_, i) => ({ name: `${i}.zip`, size: 1 })), /at most 4/],
  ])('checkChosenFiles(%j)', (files, problem) => {
    const problems = checkChosenFiles(files);
    if (problem) expect(problems.join(' ')).toMatch(problem);
    else expect(problems).toEqual([]);
  });
  it.each([
    [0, 0, 100],
    [0, 10, 0],
    [5, 10, 50],
    [12, 10, 100],
  ])('progressPercent(%i, %i) = %i', (d, t, p) => expect(progressPercent(d, t)).toBe(p));
  it('summaryLines says what changed, or that nothing did', () => {
    const base = { contactsAdded: 0, contactsUpdated: 0, contactsMerged: 0, eventsAdded: 0, ambiguities: 0, alreadyKnown: 0, problems: [] };
    expect(summaryLines(base)).toEqual(['Nothing new: everything in this export is already in Vouch.']);
    expect(summaryLines({ ...base, contactsAdded: 1, contactsMerged: 2, eventsAdded: 3, ambiguities: 1 })).toEqual([
      '1 new contact added.',
      '2 contacts known only by name joined their LinkedIn profile.',
      '3 recommendations added to your history.',
      '1 recommendation could belong to more than one person: choose below.',
    ]);
  });
});

describe('readFiles', () => {
  const blob = (n: number, fill: number) => new Blob([new Uint8Array(n).fill(fill)]);

  it('reads every file whole, in order, and counts up to the total', async () => {
    const seen: [number, number][] = [];
    const [a, b] = await readFiles([blob(200_000, 1), blob(3, 2)], (done, total) => seen.push([done, total]));
    expect([a!.length, b!.length]).toEqual([200_000, 3]);
    expect(a!.every((x) => x === 1) && b!.every((x) => x === 2)).toBe(true);
    expect(seen.at(-1)).toEqual([200_003, 200_003]);
    expect(seen.every(([d], i) => i === 0 || d > seen[i - 1]![0])).toBe(true);
  });

  it('reads a file that cannot be streamed in one go', async () => {
    const plain = { size: 4, arrayBuffer: async () => new Uint8Array([1, 2, 3, 4]).buffer } as unknown as Blob;
    const seen: number[] = [];
    const [bytes] = await readFiles([plain], (done) => seen.push(done));
    expect([...bytes!]).toEqual([1, 2, 3, 4]);
    expect(seen).toEqual([4]);
  });
});
