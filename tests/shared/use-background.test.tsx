import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackground } from '@/components/shared/use-background';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('useBackground', () => {
  it('shows the initial value, then the answer', async () => {
    const d = deferred<string>();
    const { result } = renderHook(() => useBackground(() => d.promise, [], { initial: 'none' }));
    expect(result.current).toMatchObject({ data: 'none', loading: true, error: null });
    await act(async () => d.resolve('read'));
    expect(result.current).toMatchObject({ data: 'read', loading: false, error: null });
  });

  it('drops an answer that comes after the component went away, and stops a long load', async () => {
    const d = deferred<string>();
    let wanted: () => boolean = () => true;
    let renders = 0;
    const { result, unmount } = renderHook(() => {
      renders++;
      return useBackground((w) => ((wanted = w), d.promise), [], { initial: 'none' });
    });
    const before = renders;
    unmount();
    expect(wanted()).toBe(false);
    await act(async () => d.resolve('late'));
    expect(renders).toBe(before);
    expect(result.current.data).toBe('none');
  });

  it('when deps change, shows only the latest read even if an older one answers last', async () => {
    const answers = new Map([1, 2].map((n) => [n, deferred<string>()]));
    const { result, rerender } = renderHook(({ id }) => useBackground(() => answers.get(id)!.promise, [id], { initial: 'none' }), {
      initialProps: { id: 1 },
    });
    rerender({ id: 2 });
    await act(async () => answers.get(2)!.resolve('two'));
    await act(async () => answers.get(1)!.resolve('one'));
    expect(result.current.data).toBe('two');
  });

  it('keeps the last data and says why when a read fails; a reload that works clears the error', async () => {
    let fail = true;
    const { result } = renderHook(() => useBackground(async () => (fail ? Promise.reject(new Error('disk full')) : 'fine'), [], { initial: 'none' }));
    await waitFor(() => expect((result.current.error as Error | null)?.message).toBe('disk full'));
    expect(result.current).toMatchObject({ data: 'none', loading: false });
    fail = false;
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: 'fine', error: null });
  });

  it('a value the component sets wins over a read still on its way', async () => {
    const d = deferred<number[]>();
    const { result } = renderHook(() => useBackground(() => d.promise, [], { initial: [] as number[] }));
    act(() => result.current.set((list) => [1, ...list]));
    await act(async () => d.resolve([9]));
    expect(result.current.data).toEqual([1]);
  });

  it('skips the read when load returns null, and follows a watch', async () => {
    let push: (v: string) => void = () => {};
    const { result } = renderHook(() =>
      useBackground(() => null, [], { initial: 'kept', watch: (p) => ((push = p), () => (push = () => {})) }),
    );
    expect(result.current).toMatchObject({ data: 'kept', loading: false });
    act(() => push('changed'));
    expect(result.current.data).toBe('changed');
  });
});
