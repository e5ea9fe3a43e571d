import { SEE_MORE_CHARS, previewCut } from '@/components/coach/preview';
import { buildGivenEvent, buildGreenLightEvent, greenLightMessage } from '@/components/coach/green-light';
import { STARTER_TEXTS } from '@/components/coach/starters';
import { guessWritten } from '@/components/shared/language';
import { periodInNotes, resultsInNotes, resultsMissingFrom } from '@/components/coach/notes-facts';
import { appendStarter, highlightSegments, sentencesWith } from '@/components/coach/highlight';
import type { Finding } from '@/components/coach/analyze';

describe('previewCut', () => {
  it('leaves a short text whole', () => {
    expect(previewCut('  Short text.  ')).toEqual({ visible: 'Short text.', cut: false });
  });
  it('cuts a long text at a word boundary near the estimate', () => {
    const text = 'word '.repeat(100);
    const { visible, cut } = previewCut(text);
    expect(cut).toBe(true);
    expect(visible.length).toBeLessThanOrEqual(SEE_MORE_CHARS);
    expect(visible.length).toBeGreaterThan(SEE_MORE_CHARS - 6);
    expect(visible.endsWith('word')).toBe(true);
  });
  it('cuts mid-word only when there is no space to cut at', () => {
    expect(previewCut('x'.repeat(300), 50).visible).toBe('x'.repeat(50));
  });
  it('estimates the cut between 200 and 250 characters', () => {
    expect(SEE_MORE_CHARS).toBeGreaterThanOrEqual(200);
    expect(SEE_MORE_CHARS).toBeLessThanOrEqual(250);
  });
});

describe('green light', () => {
  it('asks whether the draft fits, with the draft attached', () => {
    const en = STARTER_TEXTS.ready('en')!.greenLight;
    const m = greenLightMessage({ firstName: 'Dylan', draft: '  Dylan taught me the CRM.  ', senderName: 'Ana' }, en);
    expect(m).toMatch(/^Hi Dylan,/);
    expect(m).toMatch(/add, change or leave out/);
    expect(m).toContain('\nDylan taught me the CRM.\n');
    expect(m.trimEnd().endsWith('Ana')).toBe(true);
    expect(greenLightMessage({ draft: 'x' }, en)).toMatch(/^Hi,/);
  });

  it.each(['de', 'fr', 'es', 'pt_BR'] as const)('asks in %s, in that language, with the name and the draft', async (lang) => {
    const texts = (await STARTER_TEXTS.load(lang)).greenLight;
    const m = greenLightMessage({ firstName: 'Dylan', draft: 'Der Entwurf.', senderName: 'Ana' }, texts);
    expect(m.split('\n')[0]).toContain('Dylan');
    expect(m).not.toMatch(/\b(?:the|would|draft|pressure|your)\b/i);
    expect(guessWritten(`${texts.ask} ${texts.easyOut}`)).toBe(lang);
    expect(greenLightMessage({ draft: 'x' }, texts)).not.toContain('{name}');
  });

  it('builds given and green-light events whose keys repeat for the same contact, text and day', () => {
    const morning = new Date(2025, 4, 1, 9);
    const evening = new Date(2025, 4, 1, 21);
    const a = buildGivenEvent({ contactId: 'jane', text: 'Great work on X.', at: morning });
    expect(a).toMatchObject({ contactId: 'jane', type: 'given', text: 'Great work on X.', source: 'user', at: morning });
    expect(buildGivenEvent({ contactId: 'jane', text: ' Great  work on X. ', at: evening }).key).toBe(a.key);
    expect(buildGivenEvent({ contactId: 'jane', text: 'Other text.', at: morning }).key).not.toBe(a.key);
    expect(buildGivenEvent({ contactId: 'john', text: 'Great work on X.', at: morning }).key).not.toBe(a.key);
    expect(buildGivenEvent({ contactId: 'jane', text: 'Great work on X.', at: new Date(2025, 4, 2, 9) }).key).not.toBe(a.key);
    const g = buildGreenLightEvent({ contactId: 'jane', text: 'Great work on X.', at: morning });
    expect(g.type).toBe('green-light-asked');
    expect(g.key).not.toBe(a.key);
  });
});

describe('notes facts', () => {
  const notes = ['Rebuilt payouts; failures down 40%', 'We overlapped 2019-2022 at Northwind', 'Kind to interns', 'Saved $20k on hosting.'];
  it('finds results with numbers, not periods', () => {
    expect(resultsInNotes(notes)).toEqual(['failures down 40%', 'Saved $20k on hosting']);
  });
  it('keeps only the results whose numbers the text lacks', () => {
    expect(resultsMissingFrom('She cut failures by 40%.', notes)).toEqual(['Saved $20k on hosting']);
    expect(resultsMissingFrom('', [])).toEqual([]);
  });
  it('finds the period', () => {
    expect(periodInNotes(notes)).toBe('2019-2022');
    expect(periodInNotes(['Mentored me for three years'])).toBe('for three years');
    expect(periodInNotes(['Kind to interns'])).toBeNull();
  });
});

describe('highlightSegments and appendStarter', () => {
  const f = (kind: Finding['kind'], start: number, end: number): Finding => ({ kind, start, end, message: kind, said: { key: 'coachSays.vague' } });
  it('marks the words at fault and keeps the rest plain', () => {
    const text = 'She is a great person lol.';
    // Vague and too-short speak of the whole text: they are listed, not marked.
    const segs = highlightSegments(text, [f('cliche', 7, 21), f('unprofessional', 22, 25), f('too-short', 0, 26), f('vague', 0, 26)]);
    expect(segs.map((s) => [s.text, s.kind])).toEqual([
      ['She is ', undefined],
      ['a great person', 'cliche'],
      [' ', undefined],
      ['lol', 'unprofessional'],
      ['.', undefined],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('lets the earlier of two overlapping findings win', () => {
    const segs = highlightSegments('abcdef', [f('jargon', 2, 5), f('cliche', 0, 3)]);
    expect(segs.map((s) => s.text)).toEqual(['abc', 'def']);
  });
  it('with a part in focus, marks the sentences that carry it instead of the findings', () => {
    const text = 'I managed Ana at Acme. She is a great person. I recommend her.';
    const sentences = [
      { start: 0, end: 22, parts: ['context' as const] },
      { start: 23, end: 45, parts: ['skills' as const] },
      { start: 46, end: 62, parts: ['closing' as const, 'context' as const] },
    ];
    const segs = highlightSegments(text, [f('cliche', 30, 44)], { part: 'context', sentences });
    expect(segs.filter((s) => s.kind).map((s) => [s.text, s.kind, s.data])).toEqual([
      ['I managed Ana at Acme.', 'context', { 'data-part': 'context', 'data-sentence': '1' }],
      ['I recommend her.', 'context', { 'data-part': 'context', 'data-sentence': '3' }],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(sentencesWith('closing', sentences)).toEqual([3]);
  });
  it.each([
    ['', 'I managed Ana, ', 'I managed Ana, '],
    ['   ', 'X', 'X'],
    ['One.', 'Two', 'One. Two'],
    ['One.\n', 'Two', 'One.\nTwo'],
  ])('appends to %j', (current, starter, expected) => expect(appendStarter(current, starter)).toBe(expected));
});

describe('prompts and advice', () => {
  it('asks upward questions when recommending someone senior', async () => {
    const { findingAdvice, partPrompt } = await import('@/components/coach/prompts');
    expect(partPrompt('impact', true)).toMatch(/make possible|teach/);
    expect(partPrompt('impact', false)).not.toMatch(/make possible|teach/);
    expect(findingAdvice('vague', true)).toMatch(/leadership/);
    expect(findingAdvice('vague', false)).not.toMatch(/leadership/);
    expect(findingAdvice('jargon', true)).toBe(findingAdvice('jargon', false));
  });
});
