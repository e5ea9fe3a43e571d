import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CoachPanel } from '@/components/coach/CoachPanel';
import { STARTER_TEXTS } from '@/components/coach/starters';
import type { FormInfo } from '@/components/shared/panel-api';
import type { Call } from '@/components/shared/client';
import type { Contact, Note } from '@/storage/types';
import { fakeBox } from './fake-box';
import { STRONG, WEAK } from './samples';
import { DRAFT_SAVE_MS } from '@/components/shared/use-autosave';

function fakeCall(data: { draft?: string | null; notes?: Note[]; contact?: Partial<Contact> | null } = {}) {
  const fn = vi.fn(async (type: string, payload: any): Promise<unknown> => {
    switch (type) {
      case 'contact.get':
        return data.contact ?? null;
      case 'notes.list':
        return data.notes ?? [];
      case 'notes.add':
        return { id: 99, contactId: payload.contactId, text: payload.text, at: new Date(2025, 0, 2) };
      case 'draft.get':
        return data.draft ? { id: 'jane:write', contactId: 'jane', kind: 'write', text: data.draft, updatedAt: new Date() } : null;
      case 'draft.save':
        return { id: 'jane:write', ...payload, updatedAt: new Date() };
      case 'events.append':
        return { added: 1 };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
  const callsOf = (type: string) => fn.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
  return { call: fn as unknown as Call, fn, callsOf };
}

const form = (over: Partial<FormInfo> = {}): FormInfo => ({
  kind: 'write',
  contact: { id: 'jane', name: 'Jane Doe', firstName: 'Jane' },
  maxLength: 3000,
  relationship: null,
  hasTextBox: true,
  missing: [],
  ...over,
});

async function mount(opts: { text?: string; form?: Partial<FormInfo>; data?: Parameters<typeof fakeCall>[0] } = {}) {
  const b = fakeBox(opts.text ?? '');
  const c = fakeCall(opts.data);
  const utils = render(<CoachPanel form={form(opts.form)} box={b.box} call={c.call} viewer={{ id: 'me', name: 'Ana Lopez' }} />);
  await act(async () => {}); // let the mount's calls resolve
  return { ...b, ...c, ...utils };
}

const presentParts = () =>
  screen
    .getByRole('region', { name: 'Parts of a strong recommendation' })
    .querySelectorAll('li[data-present="true"]').length;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CoachPanel', () => {
  it('reads the box at mount and fills the meter and sentence count', async () => {
    const { box } = await mount({ text: STRONG.managerOfReport });
    expect(box.read).toHaveBeenCalled();
    expect(box.subscribe).toHaveBeenCalledTimes(1);
    expect(presentParts()).toBe(4);
    expect(screen.getByTestId('sentence-count').textContent).toMatch(/^4 sentences/);
    expect(screen.getByTestId('length').textContent).toBe(`${STRONG.managerOfReport.length} / 3,000 characters`);
  });

  it('on a text in another language, says the other checks are English-only and flags nothing by English rules', async () => {
    const german =
      'Ich kenne Jane seit vier Jahren aus unserem Entwicklerteam. Sie hat die Abrechnung neu geschrieben und die Fehlerquote um 60 Prozent gesenkt. Neue Kolleginnen lernen bei ihr schnell. Ich würde jederzeit wieder mit ihr arbeiten.';
    await STARTER_TEXTS.load('de'); // a chunk of its own: loaded here, so that no timer has to wait for it
    await mount({ text: german });
    await act(async () => {}); // the language is detected asynchronously
    expect(screen.getByText(/other checks are English-only for now/)).toBeTruthy();
    expect(document.querySelectorAll('.coach-findings li[data-kind]').length).toBe(0);
    // The starters follow the text: German ones, none of the English.
    const openers = screen.getAllByRole('button', { name: /^Insert: / }).map((b) => b.getAttribute('aria-label'));
    expect(openers).toContain('Insert: Was Jane auszeichnet, ist die Art, wie');
    expect(openers.join(' ')).not.toMatch(/\b(?:I|worked|recommend|team)\b/);
  });

  it('debounces the rendering, not the typing', async () => {
    const { type } = await mount();
    expect(presentParts()).toBe(0);
    act(() => type('I managed Jane at Acme for two years. She rebuilt our billing and cut costs by 30%.'));
    expect(presentParts()).toBe(0);
    act(() => void vi.advanceTimersByTime(100));
    act(() => type('I managed Jane at Acme for two years. She rebuilt our billing and cut costs by 30%. I recommend her.'));
    act(() => void vi.advanceTimersByTime(100));
    expect(presentParts()).toBe(0);
    act(() => void vi.advanceTimersByTime(60));
    expect(presentParts()).toBe(4);
    expect(screen.getByTestId('sentence-count').textContent).toMatch(/^3 sentences/);
  });

  it('still catches up while the user types without a pause', async () => {
    const { type } = await mount();
    for (let i = 0; i < 12; i++) {
      act(() => type(`I managed Jane at Acme. She cut costs by 30%. ${'x'.repeat(i)}`));
      act(() => void vi.advanceTimersByTime(100));
    }
    expect(presentParts()).toBeGreaterThan(0);
  });

  it('calls a text with nothing concrete vague, as a whole, and lists why', async () => {
    await mount({ text: WEAK.onlyPraise });
    const findings = screen.getByRole('region', { name: 'Suggestions' });
    const items = within(findings).getAllByRole('listitem');
    expect(items.some((li) => li.dataset.kind === 'vague' && /Vague/.test(li.textContent!) && /Replace the adjective/.test(li.textContent!))).toBe(true);
    expect(items.some((li) => /Too short/.test(li.textContent!))).toBe(true);
    // Vague speaks of the whole text: nothing is marked for it.
    expect(findings.querySelector('mark[data-kind="vague"]')).toBeNull();
  });

  it('marks a stock phrase in a specific text as a gentle tip, and offers the starter for an example on a click', async () => {
    const { box } = await mount({ text: STRONG.warmButSpecific });
    const findings = screen.getByRole('region', { name: 'Suggestions' });
    const marks = [...findings.querySelectorAll('mark')].map((m) => [m.dataset.kind, m.textContent]);
    expect(marks).toEqual(expect.arrayContaining([['cliche', 'a great person']]));
    expect(within(findings).queryAllByRole('listitem').some((li) => li.dataset.kind === 'vague')).toBe(false);
    const tip = within(findings).getAllByRole('listitem').find((li) => li.dataset.kind === 'cliche')!;
    expect(tip.textContent).toMatch(/show it instead/i);
    expect(box.fill).not.toHaveBeenCalled();
    fireEvent.click(within(tip).getByTestId('cliche-example'));
    expect(box.fill).toHaveBeenCalledTimes(1);
    expect(box.fill.mock.calls[0]![0]).toBe(`${STRONG.warmButSpecific} One example: when `);
    expect(screen.getAllByTestId('cliche-example')).toHaveLength(1);
  });

  it('shows which sentence carries each part, and marks it while the part is in focus', async () => {
    await mount({ text: STRONG.managerOfReport });
    const meter = screen.getByRole('region', { name: 'Parts of a strong recommendation' });
    const context = meter.querySelector<HTMLElement>('li[data-part="context"]')!;
    const closing = meter.querySelector<HTMLElement>('li[data-part="closing"]')!;
    expect(context.dataset.sentences).toBe('1');
    expect(context.textContent).toMatch(/sentence 1\b/);
    expect(closing.dataset.sentences).toBe('4');
    const highlighted = () => screen.getByTestId('highlighted-text');
    // A text with nothing to fix shows no marked copy until a part is in focus.
    expect(screen.queryByTestId('highlighted-text')).toBeNull();
    act(() => context.focus());
    const marks = [...highlighted().querySelectorAll<HTMLElement>('mark[data-part="context"]')];
    expect(marks.map((m) => [m.dataset.sentence, m.textContent])).toEqual([['1', 'I managed Priya for three years on the payments team at Northwind.']]);
    act(() => closing.focus());
    expect(highlighted().querySelector('mark[data-part="context"]')).toBeNull();
    expect(highlighted().querySelector<HTMLElement>('mark[data-part="closing"]')!.textContent).toBe('I would hire her again without hesitation.');
    act(() => closing.blur());
    expect(screen.queryByTestId('highlighted-text')).toBeNull();
  });

  it('does not offer a missing part for focus', async () => {
    await mount({ text: WEAK.onlyPraise });
    const context = screen.getByRole('region', { name: 'Parts of a strong recommendation' }).querySelector<HTMLElement>('li[data-part="context"]')!;
    expect(context.dataset.present).toBe('false');
    expect(context.tabIndex).toBe(-1);
    expect(context.dataset.sentences).toBe('');
  });

  it('renders page text as text, never as markup', async () => {
    await mount({ text: 'She is a great person <img src=x onerror=alert(1)> lol.' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('highlighted-text').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('inserts a starter only when its button is clicked, appending to the box', async () => {
    const { box } = await mount({ text: 'I recommend Jane.', data: { contact: { headline: 'Designer at Contoso' } } });
    expect(box.fill).not.toHaveBeenCalled();
    const starters = screen.getByRole('region', { name: 'Sentence starters' });
    const first = within(starters).getAllByRole('button', { name: /^Insert: / })[0]!;
    const starter = first.getAttribute('aria-label')!.replace(/^Insert: /, '');
    fireEvent.click(first);
    expect(box.fill).toHaveBeenCalledTimes(1);
    expect(box.fill.mock.calls[0]![0]).toBe(`I recommend Jane. ${starter} `);
  });

  it('offers to restore a saved draft and never fills the box without a click', async () => {
    const { box } = await mount({ text: 'Something new', data: { draft: 'My saved draft about Jane.' } });
    expect(box.fill).not.toHaveBeenCalled();
    expect(screen.getByText(/would replace what is in the box/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore your draft' }));
    expect(box.fill).toHaveBeenCalledWith('My saved draft about Jane.');
    expect(screen.queryByRole('button', { name: 'Restore your draft' })).toBeNull();
  });

  it('does not offer a draft the box already holds, and "Not now" dismisses the offer', async () => {
    await mount({ text: 'Same text.', data: { draft: 'Same text.' } });
    expect(screen.queryByRole('button', { name: 'Restore your draft' })).toBeNull();
    const { box } = await mount({ data: { draft: 'Old draft.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Restore your draft' })).toBeNull();
    expect(box.fill).not.toHaveBeenCalled();
  });

  it('autosaves the draft through the background, debounced', async () => {
    const { type, callsOf } = await mount();
    act(() => type('First words'));
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_MS - 100));
    act(() => type('First words about Jane'));
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_MS - 1));
    expect(callsOf('draft.save')).toEqual([]);
    await act(async () => void vi.advanceTimersByTime(1));
    expect(callsOf('draft.save')).toEqual([{ contactId: 'jane', kind: 'write', text: 'First words about Jane' }]);
    act(() => type('   '));
    await act(async () => void vi.advanceTimersByTime(1000));
    expect(callsOf('draft.save')).toHaveLength(1);
  });

  it('saves at once when the page is hidden, by the same rule as the request panel', async () => {
    const { type, callsOf } = await mount();
    act(() => type('Jane led the migration'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(callsOf('draft.save')).toEqual([{ contactId: 'jane', kind: 'write', text: 'Jane led the migration' }]);
  });

  it('saves what was typed in the last moment when the form closes, and nothing when all was saved', async () => {
    const { type, callsOf, unmount } = await mount();
    act(() => type('Jane rebuilt our billing'));
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_MS / 2));
    unmount();
    expect(callsOf('draft.save')).toEqual([{ contactId: 'jane', kind: 'write', text: 'Jane rebuilt our billing' }]);
    const again = await mount();
    act(() => again.type('Saved in time'));
    await act(async () => void vi.advanceTimersByTime(1000));
    again.unmount();
    expect(again.callsOf('draft.save')).toEqual([{ contactId: 'jane', kind: 'write', text: 'Saved in time' }]);
  });

  it('builds starters on the role chosen in the form, not on today’s headline', async () => {
    await mount({ form: { position: 'UX Researcher at Mareas Labs' }, data: { contact: { headline: 'Head of Design at Globex', company: 'Globex' } } });
    const starters = screen.getAllByRole('button', { name: /^Insert: / }).map((b) => b.getAttribute('aria-label'));
    expect(starters.some((s) => /as UX Researcher at Mareas Labs/.test(s ?? ''))).toBe(true);
    expect(starters.some((s) => /Globex|Head of Design/.test(s ?? ''))).toBe(false);
  });

  it('records the green light and the posting once each', async () => {
    const { callsOf } = await mount({ text: STRONG.peerShort });
    const message = (screen.getByLabelText('Message with your draft') as HTMLTextAreaElement).value;
    expect(message).toMatch(/^Hi Jane,/);
    expect(message).toContain(STRONG.peerShort);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Mark as asked' })));
    expect((screen.getByRole('button', { name: 'Marked as asked' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'I posted it' })));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Recorded as given' })));
    const events = callsOf('events.append').map((p: any) => p.events[0]);
    expect(events.map((e: any) => e.type)).toEqual(['green-light-asked', 'given']);
    expect(events[1]).toMatchObject({ contactId: 'jane', text: STRONG.peerShort, source: 'user' });
  });

  it('waits for the text box on the first step of a two-step form', async () => {
    const { box } = await mount({ form: { hasTextBox: false } });
    expect(screen.getByText(/waiting for the text box/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Parts of a strong recommendation' })).toBeNull();
    expect(box.fill).not.toHaveBeenCalled();
  });

  it("says what it can't read on the page", async () => {
    await mount({ form: { missing: ['relationship', 'position at the time'] } });
    expect(screen.getByText("Vouch can't read this part of the page: relationship, position at the time.")).toBeTruthy();
  });

  it('shows the notes journal and adds a note', async () => {
    const { callsOf } = await mount({ data: { notes: [{ id: 1, contactId: 'jane', text: 'Ran the Q3 offsite', at: new Date(2025, 0, 1) }] } });
    expect(screen.getByText(/Ran the Q3 offsite/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Add a note'), { target: { value: 'Cut hosting costs 20%' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Add note' })));
    expect(callsOf('notes.add')).toEqual([{ contactId: 'jane', text: 'Cut hosting costs 20%' }]);
    expect(screen.getByText(/Cut hosting costs 20%/)).toBeTruthy();
  });

  it('switches to upward mode when recommending a manager', async () => {
    await mount({ text: 'Marco is great.', form: { relationship: 'RECOMMENDER_REPORTED_TO_RECOMMENDEE' } });
    expect(screen.getByText(/recommending someone senior/)).toBeTruthy();
    const starters = screen.getByRole('region', { name: 'Sentence starters' });
    expect(starters.textContent).toMatch(/leadership/);
  });

  it('shows what a reader sees before "See more"', async () => {
    await mount({ text: STRONG.narrative });
    const preview = screen.getByRole('region', { name: 'What readers see before "See more"' });
    expect(preview.textContent).toContain(STRONG.narrative.slice(0, 100));
    expect(preview.textContent).not.toContain(STRONG.narrative.slice(-40));
  });

  it('stops listening to the box when unmounted', async () => {
    const { unmount, listeners } = await mount();
    expect(listeners.size).toBe(1);
    unmount();
    expect(listeners.size).toBe(0);
  });
});
