import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_SAVE_MS, useAutosave } from '@/components/shared/use-autosave';

let text: string | null;
let save: ReturnType<typeof vi.fn<(text: string) => Promise<unknown>>>;
let onError: ReturnType<typeof vi.fn<(e: unknown) => void>>;
const mount = () => renderHook(() => useAutosave({ current: () => text, save, onError }));

beforeEach(() => {
  vi.useFakeTimers();
  text = null;
  save = vi.fn(async () => undefined);
  onError = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('the one draft autosave', () => {
  it('saves the latest text once, after the pause that follows the last change', () => {
    const { result } = mount();
    text = 'Dear';
    act(() => result.current.schedule());
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_MS - 1));
    text = 'Dear Sam';
    act(() => result.current.schedule());
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_MS - 1));
    expect(save).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(save.mock.calls).toEqual([['Dear Sam']]);
    act(() => result.current.schedule());
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_MS * 2));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves at once when the page is hidden or left, and when the component goes away', () => {
    const { result, unmount } = mount();
    text = 'one';
    act(() => result.current.schedule());
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    text = 'two';
    act(() => void window.dispatchEvent(new Event('pagehide')));
    text = 'three';
    unmount();
    expect(save.mock.calls).toEqual([['one'], ['two'], ['three']]);
  });

  it('never saves an empty text, nor the one the background already holds', () => {
    const { result, unmount } = mount();
    text = '   ';
    act(() => result.current.schedule());
    act(() => vi.advanceTimersByTime(DRAFT_SAVE_MS * 2));
    text = 'brought back';
    act(() => result.current.markSaved('brought back'));
    unmount();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save, and tries the same text again later', async () => {
    save.mockRejectedValueOnce(new Error('disk full'));
    const { result, unmount } = mount();
    text = 'words';
    act(() => result.current.flush());
    await act(async () => undefined);
    expect(onError).toHaveBeenCalledWith(new Error('disk full'));
    unmount();
    expect(save.mock.calls).toEqual([['words'], ['words']]);
  });
});
