import { vi } from 'vitest';
import type { TextBoxHandle } from '@/components/shared/panel-api';

/** LinkedIn's text box as the coach sees it: `type` is the user typing in it. */
export function fakeBox(initial = '') {
  let value = initial;
  const listeners = new Set<(t: string) => void>();
  const box = {
    read: vi.fn(() => value),
    fill: vi.fn(async (t: string) => {
      value = t;
      return { ok: true as const };
    }),
    undo: vi.fn(async () => false),
    subscribe: vi.fn((l: (t: string) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    }),
  } satisfies TextBoxHandle;
  const type = (t: string) => {
    value = t;
    for (const l of listeners) l(t);
  };
  return { box, type, listeners };
}
