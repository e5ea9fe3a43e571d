import { describe, expect, it } from 'vitest';
import { checkRequest, type Finding } from '@/components/request/checks';
import { requestMarks } from '@/components/request/marks';
import { markSegments } from '@/components/shared/segments';

const span = (kind: string, start: number, end: number) => ({ kind, start, end, message: kind });

describe('markSegments', () => {
  it('cuts a text into plain and marked parts that add up to the text', () => {
    const segs = markSegments('abcdefghij', [span('b', 6, 8), span('a', 1, 3)]);
    expect(segs).toEqual([
      { text: 'a' },
      { text: 'bc', kind: 'a', message: 'a' },
      { text: 'def' },
      { text: 'gh', kind: 'b', message: 'b' },
      { text: 'ij' },
    ]);
  });

  it('lets the earlier (then the longer) of two overlapping spans win, and ignores empty ones and those past the end', () => {
    expect(markSegments('abcdef', [span('late', 2, 5), span('early', 0, 3), span('empty', 4, 4), span('past', 9, 12)])).toEqual([
      { text: 'abc', kind: 'early', message: 'early' },
      { text: 'def' },
    ]);
    expect(markSegments('abcdef', [span('short', 1, 2), span('long', 1, 4)]).map((s) => s.kind ?? '-')).toEqual(['-', 'long', '-']);
    expect(markSegments('abc', [span('over', 1, 40)]).map((s) => s.text)).toEqual(['a', 'bc']);
  });
});

describe('requestMarks', () => {
  it('marks the words a finding points at', () => {
    const text = 'Hi Sam, could you write a few lines about the Atlas migration by Friday? Thanks so much, and no worries if you are busy.';
    const segs = requestMarks(text, checkRequest(text, { firstName: 'Sam' }))!;
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.kind).map((s) => [s.kind, s.text])).toEqual([['pressure', 'by Friday']]);
  });

  it('marks nothing for a finding about the whole message, and gives null when nothing is left to mark', () => {
    const text = '  Please write me a recommendation.  ';
    const whole: Finding = { kind: 'generic-default', severity: 'warning', start: 2, end: text.trimEnd().length, message: 'default', said: { key: 'checks.genericDefault' } };
    const empty: Finding = { kind: 'no-thanks', severity: 'info', start: 5, end: 5, message: 'thanks', said: { key: 'checks.noThanks' } };
    expect(requestMarks(text, [whole, empty])).toBeNull();
    expect(requestMarks(text, [])).toBeNull();
  });
});
