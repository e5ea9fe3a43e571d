import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_TEMPLATES } from '@/storage/builtin-templates';
import { RequestComposer } from '@/components/request/RequestComposer';
import { DRAFT_SAVE_MS } from '@/components/shared/use-autosave';
import type { Call } from '@/components/shared/client';
import type { FillResult, FormInfo, TextBoxHandle } from '@/components/shared/panel-api';
import { createDb, type VouchDb } from '@/storage/db';
import { routerCall } from '../trust/router-call';
import { setLanguage, t } from '@/components/i18n/t';

/** The request composer keeps what the user writes as a draft in the background, and brings it back. */

const FORM: FormInfo = {
  kind: 'request',
  contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam' },
  maxLength: 3000,
  relationship: 'RECOMMENDER_MANAGED_RECOMMENDEE',
  hasTextBox: true,
  missing: [],
};

function box(): TextBoxHandle {
  return {
    read: () => '',
    fill: async (): Promise<FillResult> => ({ ok: true }),
    undo: async () => false,
    subscribe: () => () => {},
  };
}

function fakeCall(draft: string | null = null) {
  const fn = vi.fn(async (type: string, payload: any): Promise<unknown> => {
    switch (type) {
      case 'templates.list':
        return BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));
      case 'requests.sentBefore':
        return [];
      case 'draft.get':
        return draft === null ? null : { id: 'sam-lee:request', contactId: 'sam-lee', kind: 'request', text: draft, updatedAt: new Date() };
      case 'draft.save':
        return { id: 'sam-lee:request', ...payload, updatedAt: new Date() };
      case 'draft.clear':
        return { cleared: true };
      case 'events.append':
        return { added: 1 };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
  const callsOf = (type: string) => fn.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
  return { call: fn as unknown as Call, fn, callsOf };
}

function mount(call: Call) {
  const view = render(<RequestComposer form={FORM} box={box()} call={call} viewer={{ id: 'jo-park', name: 'Jo Park' }} now={() => new Date(2026, 2, 14, 10)} />);
  const message = () => screen.getByLabelText(t('request.message')) as HTMLTextAreaElement;
  return { view, message };
}

async function settle() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const TYPED = 'Hi Sam, could you write me a short recommendation about the Atlas billing migration? Thank you, Jo';

describe('request drafts', () => {
  afterEach(() => setLanguage('auto'));

  it('autosaves what the user types, debounced, as the contact\'s request draft', async () => {
    const { call, callsOf } = fakeCall();
    const { message } = mount(call);
    await settle();
    expect(callsOf('draft.get')).toEqual([{ contactId: 'sam-lee', kind: 'request' }]);
    // The template as Vouch wrote it is not the user's: nothing is saved for it.
    expect(callsOf('draft.save')).toEqual([]);

    fireEvent.change(message(), { target: { value: 'Hi Sam, could' } });
    fireEvent.change(message(), { target: { value: TYPED } });
    expect(callsOf('draft.save')).toEqual([]);
    await waitFor(() => expect(callsOf('draft.save')).toEqual([{ contactId: 'sam-lee', kind: 'request', text: TYPED }]), {
      timeout: DRAFT_SAVE_MS * 5,
    });
  });

  it('saves talking points too: the rendered request carries the user\'s words', async () => {
    const { call, callsOf } = fakeCall();
    const { message } = mount(call);
    await settle();
    fireEvent.change(screen.getByLabelText('Project'), { target: { value: 'the Atlas billing migration' } });
    await waitFor(() => expect(callsOf('draft.save')).toHaveLength(1), { timeout: DRAFT_SAVE_MS * 5 });
    expect(callsOf('draft.save')[0].text).toBe(message().value);
    expect(message().value).toContain('the Atlas billing migration');
  });

  it('sends what is waiting at once when the message box loses focus or the panel closes', async () => {
    const { call, callsOf } = fakeCall();
    const { message, view } = mount(call);
    await settle();
    fireEvent.change(message(), { target: { value: TYPED } });
    fireEvent.blur(message());
    expect(callsOf('draft.save')).toEqual([{ contactId: 'sam-lee', kind: 'request', text: TYPED }]);

    fireEvent.change(message(), { target: { value: `${TYPED} P.S.` } });
    view.unmount();
    expect(callsOf('draft.save').map((p) => p.text)).toEqual([TYPED, `${TYPED} P.S.`]);
  });

  it('sends what is waiting when the tab is hidden', async () => {
    const { call, callsOf } = fakeCall();
    const { message } = mount(call);
    await settle();
    fireEvent.change(message(), { target: { value: TYPED } });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(callsOf('draft.save').map((p) => p.text)).toEqual([TYPED]);
  });

  it('brings the draft back when the form for the same contact opens again, without saving it again', async () => {
    const { call, callsOf } = fakeCall(TYPED);
    const { message } = mount(call);
    await settle();
    expect(message().value).toBe(TYPED);
    expect(screen.getByRole('status').textContent).toMatch(/brought back the request you were writing/);
    await new Promise((r) => setTimeout(r, DRAFT_SAVE_MS * 2));
    expect(callsOf('draft.save')).toEqual([]);
  });

  it('says so in German, naming the button as the panel shows it', async () => {
    await setLanguage('de');
    const { call } = fakeCall(TYPED);
    mount(call);
    await settle();
    const button = screen.getByRole('button', { name: 'Neu mit der Vorlage beginnen' });
    expect(screen.getByRole('status').textContent).toBe(`Vouch hat die Anfrage zurückgeholt, an der Sie geschrieben haben. „${button.textContent}“ verwirft sie.`);
  });

  it('"Start again from the template" and "I sent it" drop the saved draft', async () => {
    const first = fakeCall(TYPED);
    const a = mount(first.call);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Start again from the template' }));
    expect(first.callsOf('draft.clear')).toEqual([{ contactId: 'sam-lee', kind: 'request' }]);
    expect(a.message().value).not.toBe(TYPED);
    a.view.unmount();

    const second = fakeCall(TYPED);
    mount(second.call);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    await waitFor(() => expect(second.callsOf('draft.clear')).toEqual([{ contactId: 'sam-lee', kind: 'request' }]));
    expect(second.callsOf('events.append')).toHaveLength(1);
  });

  it('never replaces what the user already typed with an older draft', async () => {
    let answer!: (v: unknown) => void;
    const { call } = fakeCall('An older draft');
    const slow = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'draft.get') return new Promise((r) => (answer = r));
      return (call as any)(type, payload);
    }) as unknown as Call;
    const { message } = mount(slow);
    fireEvent.change(message(), { target: { value: TYPED } });
    await act(async () => answer({ id: 'sam-lee:request', contactId: 'sam-lee', kind: 'request', text: 'An older draft', updatedAt: new Date() }));
    expect(message().value).toBe(TYPED);
  });

  describe('through the real background', () => {
    let db: VouchDb;
    beforeEach(async () => {
      db = createDb(`request-draft-${crypto.randomUUID()}`);
      await db.open();
    });
    afterEach(async () => {
      await db.delete();
    });

    it('a request typed, then the panel closed, is there when the form opens again', async () => {
      const call = routerCall(db);
      const first = mount(call);
      await settle();
      fireEvent.change(first.message(), { target: { value: TYPED } });
      first.view.unmount();
      await waitFor(async () => expect((await db.drafts.get('sam-lee:request'))?.text).toBe(TYPED));

      const again = mount(call);
      await waitFor(() => expect(again.message().value).toBe(TYPED));
    });

    it.each([
      ['auto', 'Vouch could not save your draft. Your disk is full: nothing was saved. Free some space and try again.'],
      ['pt_BR', 'O Vouch não conseguiu salvar seu rascunho. Seu disco está cheio: nada foi salvo. Libere algum espaço e tente de novo.'],
    ] as const)('a full disk: the panel says so, in the background\'s words (language %s)', async (lang, said) => {
      await setLanguage(lang);
      db.drafts.hook('creating', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const { message } = mount(routerCall(db));
      await settle();
      fireEvent.change(message(), { target: { value: TYPED } });
      fireEvent.blur(message());
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe(said));
      expect(await db.drafts.count()).toBe(0);
    });
  });
});
