import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormInfo } from '@/components/shared/panel-api';
import { buildGivenEvent } from '@/components/coach/green-light';
import { buildRequestSentEvent } from '@/components/request/events';

const call = vi.fn(async () => ({}));
vi.mock('@/components/linkedin/channel', () => ({ outbox: { call: (...args: unknown[]) => call(...(args as [])) } }));
const { watchSends } = await import('@/components/linkedin/sends');

const form = (kind: FormInfo['kind']): FormInfo => ({
  kind,
  contact: { id: 'sam-lee', name: 'Sam Lee', firstName: 'Sam' },
  maxLength: 3000,
  relationship: null,
  hasTextBox: true,
  missing: [],
});

/** A click as the user's own hand makes it: the browser marks it trusted; scripts cannot. */
function click(el: Element, trusted = true) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

let life: AbortController;
let send: HTMLButtonElement;
let other: HTMLButtonElement;
const TEXT = 'Sam rebuilt our billing system in two weeks.';
beforeEach(() => {
  call.mockClear();
  life = new AbortController();
  // LinkedIn's form, as its structure shows it: two fields, the box, then Cancel and Send last.
  document.body.innerHTML = '<div role="dialog"><select></select><select></select><textarea></textarea><footer><button>Cancel</button><button>Send</button></footer></div>';
  [other, send] = Array.from(document.querySelectorAll('button')) as [HTMLButtonElement, HTMLButtonElement];
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

const appended = () => call.mock.calls.map((c) => (c as unknown as [string, { events: { type: string; key: string }[] }]));

describe('watchSends: recording what the user sent', () => {
  it.each([
    ['write', 'given', buildGivenEvent],
    ['request', 'request-sent', buildRequestSentEvent],
  ] as const)('records a %s form the user sent with their own click, once, under the panel button’s key', (kind, type, build) => {
    const w = watchSends(life.signal, () => TEXT);
    w.formOpen(form(kind));
    click(send);
    w.formGone();
    w.formGone();
    expect(appended()).toHaveLength(1);
    const [name, { events }] = appended()[0]!;
    expect(name).toBe('events.append');
    expect(events).toEqual([expect.objectContaining({ contactId: 'sam-lee', type, text: TEXT })]);
    expect(events[0]!.key).toBe(build({ contactId: 'sam-lee', text: TEXT, at: new Date() }).key);
  });

  it('records when LinkedIn leaves the form page right after the click (a routed form)', () => {
    const w = watchSends(life.signal, () => TEXT);
    w.formOpen(form('write'));
    click(send);
    life.abort();
    expect(appended()).toHaveLength(1);
  });

  it('knows Send by its place in any language, and a first step’s last button (Next) is not it', () => {
    const w = watchSends(life.signal, () => TEXT);
    w.formOpen(form('write'));
    send.textContent = '⟦Ʂɛŋɗ ⁓⟧';
    click(send);
    w.formGone();
    expect(appended()).toHaveLength(1);
    call.mockClear();
    document.querySelector('textarea')!.remove(); // a first step: fields and Next, no box yet
    w.formOpen(form('write'));
    click(send);
    w.formGone();
    expect(call).not.toHaveBeenCalled();
  });

  it('ignores a click made by a script, a click on another button, and a form closed without a click', () => {
    const w = watchSends(life.signal, () => TEXT);
    w.formOpen(form('write'));
    click(send, false);
    click(other);
    w.formGone();
    w.formOpen(form('write'));
    w.formGone();
    expect(call).not.toHaveBeenCalled();
  });

  it('ignores a Send with an empty box, and a form that closes long after the click', () => {
    vi.useFakeTimers();
    let text: string | null = '';
    const w = watchSends(life.signal, () => text);
    w.formOpen(form('write'));
    click(send);
    w.formGone();
    text = TEXT;
    w.formOpen(form('write'));
    click(send);
    vi.advanceTimersByTime(16_000);
    w.formGone();
    expect(call).not.toHaveBeenCalled();
  });

  it('watches nothing once its page is gone', () => {
    const w = watchSends(life.signal, () => TEXT);
    w.formOpen(form('write'));
    life.abort();
    click(send);
    w.formGone();
    expect(call).not.toHaveBeenCalled();
  });
});
