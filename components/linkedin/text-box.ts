import type { FillResult } from '@/components/shared/panel-api';

/** LinkedIn's text box as the content script holds it; the side panel reaches it through `lendBox`. */
export interface PageBox {
  read(): string;
  fill(text: string): FillResult;
  undo(): boolean;
  subscribe(listener: (text: string) => void): () => void;
}

type Box = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

function isField(el: Box): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export function readBox(el: Box): string {
  if (isField(el)) return el.value;
  return el.innerText ?? el.textContent ?? '';
}

/**
 * Writes a value the way LinkedIn's frameworks notice: through the prototype's native setter
 * (frameworks shadow `value` on the instance) and then a bubbling input event.
 */
function writeField(el: HTMLTextAreaElement | HTMLInputElement, text: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, text);
  else el.value = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
}

/** Rich-text editors keep their own model: replace the selection as typing would, then fall back. */
function writeEditable(el: HTMLElement, text: string) {
  el.focus();
  const selection = el.ownerDocument.getSelection();
  selection?.selectAllChildren(el);
  const inserted = typeof el.ownerDocument.execCommand === 'function' && el.ownerDocument.execCommand('insertText', false, text);
  if (!inserted || readBox(el).trim() !== text.trim()) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  }
}

/**
 * The handle on LinkedIn's text box. It touches the box only when a panel button calls `fill` or
 * `undo` (from the user's click); it never touches any other field of the form.
 */
export function createTextBoxHandle(getBox: () => Box | null, signal: AbortSignal): PageBox {
  const before: string[] = [];
  return {
    read() {
      const box = getBox();
      return box ? readBox(box) : '';
    },
    fill(text: string): FillResult {
      const box = getBox();
      if (!box || !box.isConnected) return { ok: false, reason: { code: 'absent' } };
      if (isField(box) && (box.disabled || box.readOnly)) return { ok: false, reason: { code: 'locked' } };
      if (isField(box) && box.maxLength > 0 && text.length > box.maxLength) {
        return { ok: false, reason: { code: 'tooLong', length: text.length, max: box.maxLength } };
      }
      before.push(readBox(box));
      if (isField(box)) writeField(box, text);
      else writeEditable(box, text);
      return { ok: true };
    },
    undo() {
      const box = getBox();
      const previous = before.pop();
      if (!box || previous === undefined) return false;
      if (isField(box)) writeField(box, previous);
      else writeEditable(box, previous);
      return true;
    },
    subscribe(listener) {
      const controller = new AbortController();
      const onInput = (e: Event) => {
        const box = getBox();
        if (box && e.target instanceof Node && (e.target === box || box.contains(e.target))) listener(readBox(box));
      };
      document.addEventListener('input', onInput, { capture: true, signal: AbortSignal.any([signal, controller.signal]) });
      return () => controller.abort();
    },
  };
}
