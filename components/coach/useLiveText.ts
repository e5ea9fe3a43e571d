import { useEffect, useRef, useState } from 'react';
import type { TextBoxHandle } from '@/components/shared/panel-api';

export const RENDER_DEBOUNCE_MS = 150;
/** While the user types without pause, the panel still catches up this often. */
export const RENDER_MAX_WAIT_MS = 1000;

/**
 * The box's text for rendering: read at mount, then followed through `box.subscribe`. The listener
 * only records the text and sets a timer, so LinkedIn's box never waits on the panel; the render
 * happens once typing pauses. `onInput` runs on every input (cheap work only).
 */
export function useLiveText(box: TextBoxHandle, onInput?: (text: string) => void) {
  const [text, setText] = useState(() => box.read());
  const latest = useRef(text);
  const onInputRef = useRef(onInput);
  onInputRef.current = onInput;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPending: number | null = null;
    const flush = () => {
      timer = undefined;
      firstPending = null;
      setText(latest.current);
    };
    const unsubscribe = box.subscribe((next) => {
      latest.current = next;
      onInputRef.current?.(next);
      const now = Date.now();
      firstPending ??= now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(RENDER_DEBOUNCE_MS, firstPending + RENDER_MAX_WAIT_MS - now));
      timer = setTimeout(flush, wait);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [box]);

  /** After a fill from a click, the panel shows the new text at once. */
  const refresh = () => {
    latest.current = box.read();
    setText(latest.current);
  };
  return { text, refresh };
}
