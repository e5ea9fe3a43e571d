import { SUGGESTED_STRENGTHS } from '@/components/request/strengths';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_TEMPLATES } from '@/storage/builtin-templates';
import { RequestComposer } from '@/components/request/RequestComposer';
import { renderTemplate } from '@/components/request/templates';
import type { Call } from '@/components/shared/client';
import type { FillResult, FormInfo, TextBoxHandle } from '@/components/shared/panel-api';

function fakeBox() {
  let value = 'LinkedIn default text';
  let before: string | null = null;
  const box = {
    read: vi.fn(() => value),
    fill: vi.fn(async (t: string): Promise<FillResult> => {
      before = value;
      value = t;
      return { ok: true };
    }),
    undo: vi.fn(async () => {
      if (before === null) return false;
      value = before;
      before = null;
      return true;
    }),
    subscribe: vi.fn(() => () => {}),
  } satisfies TextBoxHandle;
  return { box, value: () => value };
}

function fakeCall(opts: { sentBefore?: { contactName: string; text: string }[]; listFails?: boolean } = {}) {
  const fn = vi.fn(async (type: string, payload: any): Promise<unknown> => {
    switch (type) {
      case 'templates.list':
        if (opts.listFails) throw new Error('background asleep');
        return BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));
      case 'templates.save':
        return { ...payload, id: payload.id ?? 'user:1', builtIn: false, edited: false, updatedAt: new Date() };
      case 'requests.sentBefore':
        return opts.sentBefore ?? [];
      case 'events.append':
        return { added: 1 };
      case 'draft.get':
        return null;
      case 'draft.save':
        return { id: `${payload.contactId}:request`, ...payload, updatedAt: new Date() };
      case 'draft.clear':
        return { cleared: true };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
  const callsOf = (type: string) => fn.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
  return { call: fn as unknown as Call, fn, callsOf };
}

const FORM: FormInfo = {
  kind: 'request',
  contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam' },
  maxLength: 3000,
  relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE',
  hasTextBox: true,
  missing: [],
};

function setup(form: Partial<FormInfo> = {}, callOpts: Parameters<typeof fakeCall>[0] = {}) {
  const { box, value } = fakeBox();
  const c = fakeCall(callOpts);
  const props = { form: { ...FORM, ...form }, box, call: c.call, viewer: { id: 'jo-park', name: 'Jo Park' }, now: () => new Date(2026, 2, 14, 10) };
  const view = render(<RequestComposer {...props} />);
  const preview = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
  return { box, boxValue: value, ...c, props, view, preview };
}

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function addPoints() {
  fireEvent.change(screen.getByLabelText('Project'), { target: { value: 'the Atlas billing migration' } });
  const strength = screen.getByLabelText('Strengths (two or three)');
  for (const s of ['calm debugging', 'clear writing']) {
    fireEvent.change(strength, { target: { value: s } });
    fireEvent.keyDown(strength, { key: 'Enter' });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RequestComposer', () => {
  it('offers strengths to pick that the person asked can speak to, and a picked one goes into the message', async () => {
    const { preview } = setup();
    await settle();
    const picks = screen.getByRole('list', { name: 'Strengths to pick from' });
    expect(within(picks).getAllByRole('button').map((b) => b.textContent)).toEqual(SUGGESTED_STRENGTHS.manager.map((s) => `+ ${s}`));
    fireEvent.click(screen.getByRole('button', { name: 'Add ownership' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add sound judgement' }));
    expect(within(screen.getByRole('list', { name: 'Strengths' })).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'ownership',
      'sound judgement',
    ]);
    expect(screen.queryByRole('button', { name: 'Add ownership' })).toBeNull();
    expect(preview().value).toContain('ownership and sound judgement');
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    // Three is plenty: nothing more is offered.
    expect(screen.queryByRole('list', { name: 'Strengths to pick from' })).toBeNull();
  });

  it("preselects the group from LinkedIn's Relationship field and renders its first template", async () => {
    const { preview } = setup();
    await settle();
    expect((screen.getByLabelText('Relationship') as HTMLSelectElement).value).toBe('manager');
    const first = BUILT_IN_TEMPLATES.find((t) => t.group === 'manager' && t.kind === 'request')!;
    expect(preview().value).toBe(renderTemplate(first.body, { firstName: 'Sam', myName: 'Jo', strengths: [] }));
    expect(preview().value.startsWith('Hi Sam,')).toBe(true);
  });

  it('falls back to the built-ins when the background cannot list templates', async () => {
    const { preview } = setup({ relationship: null }, { listFails: true });
    await settle();
    expect((screen.getByLabelText('Relationship') as HTMLSelectElement).value).toBe('peer');
    expect(preview().value).toContain('Sam');
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  });

  it('turns talking points into sentences and clears the findings they answer', async () => {
    const { preview } = setup();
    await settle();
    const findings = () => [...document.querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-kind'));
    expect(findings()).toEqual(expect.arrayContaining(['no-specifics', 'vague-ask']));
    addPoints();
    expect(preview().value).toContain('Our work on the Atlas billing migration');
    expect(preview().value).toContain('you could mention calm debugging and clear writing');
    expect(findings()).toEqual([]);
    expect(screen.getByTestId('findings-clear')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove clear writing' }));
    expect(preview().value).toContain('you could mention calm debugging.');
  });

  it('fills LinkedIn’s box with exactly the previewed text, then undoes it', async () => {
    const { box, boxValue, preview } = setup();
    await settle();
    addPoints();
    fireEvent.change(preview(), { target: { value: `${preview().value}\n\nP.S. Edited by hand.` } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this message' }));
    expect(box.fill).toHaveBeenCalledTimes(1);
    expect(box.fill).toHaveBeenCalledWith(preview().value);
    expect(boxValue()).toBe(preview().value);
    expect(await screen.findByText(/press Send yourself/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(box.undo).toHaveBeenCalledTimes(1);
    expect(boxValue()).toBe('LinkedIn default text');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  });

  it('shows why a fill failed', async () => {
    const { box } = setup();
    await settle();
    box.fill.mockResolvedValueOnce({ ok: false, reason: { code: 'tooLong', length: 3200, max: 3000 } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this message' }));
    expect(await screen.findByText("Vouch could not place the message: The text is 3,200 characters; LinkedIn's box takes 3,000.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it("waits for LinkedIn's box on the first step of the form", async () => {
    const { box } = setup({ hasTextBox: false });
    await settle();
    const button = screen.getByRole('button', { name: "Waiting for LinkedIn's message box" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(box.fill).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('"I sent it" appends the request-sent event once, however often it is clicked or re-rendered', async () => {
    const { callsOf, view, props, preview } = setup();
    await settle();
    addPoints();
    const text = preview().value;
    const button = screen.getByRole('button', { name: 'I sent it' });
    fireEvent.click(button);
    fireEvent.click(button);
    await settle();
    view.rerender(<RequestComposer {...props} />);
    await settle();
    const again = screen.getByRole('button', { name: 'Recorded' }) as HTMLButtonElement;
    expect(again.disabled).toBe(true);
    fireEvent.click(again);
    await settle();
    const appended = callsOf('events.append');
    expect(appended).toHaveLength(1);
    expect(appended[0].events).toEqual([
      expect.objectContaining({ contactId: 'sam-lee', type: 'request-sent', text, source: 'user', key: expect.stringMatching(/^request-sent:sam-lee:2026-03-14:/) }),
    ]);
  });

  it('fetches earlier requests once and flags a copy of one', async () => {
    const first = BUILT_IN_TEMPLATES.find((t) => t.group === 'manager' && t.kind === 'request')!;
    const earlier = renderTemplate(first.body, { firstName: 'Priya', myName: 'Jo', project: 'the Atlas billing migration', strengths: ['calm debugging', 'clear writing'] });
    const { callsOf } = setup({}, { sentBefore: [{ contactName: 'Priya Raman', text: earlier }] });
    await settle();
    addPoints();
    expect(callsOf('requests.sentBefore')).toEqual([{ excludeContactId: 'sam-lee' }]);
    const dup = document.querySelector('[data-kind="near-duplicate"]');
    expect(dup?.textContent).toContain('Priya Raman');
  });

  it('shows findings with a fix that adds a sentence, and can point at the words', async () => {
    const { preview } = setup();
    await settle();
    fireEvent.change(preview(), { target: { value: 'Hi Sam, please write me a recommendation about my debugging on Atlas ASAP.' } });
    const pressure = document.querySelector('[data-kind="pressure"]') as HTMLElement;
    fireEvent.click(within(pressure).getByRole('button', { name: /Show in the message/ }));
    expect(document.activeElement).toBe(preview());
    expect(preview().value.slice(preview().selectionStart, preview().selectionEnd)).toBe('ASAP');
    // The words at fault are marked in a copy of the message; what concerns the whole of it is not.
    const marked = screen.getByTestId('marked-message');
    expect(marked.textContent).toBe(preview().value);
    expect([...marked.querySelectorAll('mark')].map((m) => [m.dataset.mark, m.textContent])).toEqual([['pressure', 'ASAP']]);

    const thanks = document.querySelector('[data-kind="no-thanks"]') as HTMLElement;
    fireEvent.click(within(thanks).getByRole('button', { name: 'Add a thank-you' }));
    expect(preview().value).toContain('Thank you for considering it');
    expect(document.querySelector('[data-kind="no-thanks"]')).toBeNull();

    fireEvent.click(within(document.querySelector('[data-kind="pressure"]') as HTMLElement).getByRole('button', { name: 'Take it out' }));
    expect(preview().value).not.toContain('ASAP');
  });

  it("says which part of the page Vouch can't read, and keeps copying possible", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { preview } = setup({ missing: ['the Relationship field'], relationship: null, hasTextBox: false });
    await settle();
    expect(screen.getByText(/Vouch can't read this part of the page: the Relationship field/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await settle();
    expect(writeText).toHaveBeenCalledWith(preview().value);
  });

  it('gives the heads-up a Copy button (no fill) and records it as heads-up-sent', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { callsOf, preview } = setup();
    await settle();
    fireEvent.click(screen.getByRole('tab', { name: 'Heads-up' }));
    expect(screen.queryByRole('button', { name: 'Use this message' })).toBeNull();
    expect(preview().value).toContain('Sam');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await settle();
    expect(writeText).toHaveBeenCalledWith(preview().value);
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    await settle();
    expect(callsOf('events.append')[0].events[0]).toMatchObject({ type: 'heads-up-sent' });
  });

  it('selects the text for the keyboard when the clipboard is unavailable', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const { preview } = setup();
    await settle();
    fireEvent.click(screen.getByRole('tab', { name: 'Follow-up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await settle();
    expect(document.activeElement).toBe(preview());
    expect(preview().selectionEnd - preview().selectionStart).toBe(preview().value.length);
    expect(screen.getByText(/press Ctrl\+C/)).toBeTruthy();
  });

  it('moves between kinds with the arrow keys', async () => {
    setup();
    await settle();
    const request = screen.getByRole('tab', { name: 'Request' });
    request.focus();
    fireEvent.keyDown(request, { key: 'ArrowRight' });
    const headsUp = screen.getByRole('tab', { name: 'Heads-up' });
    expect(headsUp.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(headsUp);
    fireEvent.keyDown(headsUp, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Offer in return' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('button', { name: 'I sent it' })).toBeNull();
  });

  it('saves an edited template through the background', async () => {
    const { callsOf, fn } = setup();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Edit templates' }));
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Hi {firstName}, my own words.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.getByText('Template saved.')).toBeTruthy());
    expect(callsOf('templates.save')[0]).toMatchObject({ id: 'builtin:manager:request:1', group: 'manager', kind: 'request', body: 'Hi {firstName}, my own words.' });
    expect(fn.mock.calls.filter((c) => c[0] === 'templates.list').length).toBeGreaterThanOrEqual(2);
  });
});
