import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Background<T> {
  /** The last answer, or `initial` until the first one comes. */
  data: T;
  /** Why the last read failed, or null. */
  error: unknown;
  /** True until the first answer (or failure) comes. */
  loading: boolean;
  /** Reads again now; resolves once the answer is shown (or dropped for a newer read). */
  reload(): Promise<void>;
  /** Shows a value the component knows to be newer (its own change), over any read on its way. */
  set(value: T | ((current: T) => T)): void;
}

export interface BackgroundOptions<T> {
  initial: T;
  /** Subscribes to later values (a storage watch): each one is shown as if read. Returns the unsubscribe. */
  watch?(push: (value: T) => void): () => void;
}

/**
 * Reads something from the background (or storage) for a component, again whenever `deps` change.
 * Only the latest read is shown: an answer that comes after a newer read started, or after the
 * component went away, is dropped. `load` returning null skips the read (nothing to read yet); a
 * long load can ask `wanted()` to stop early once its answer would be dropped.
 */
export function useBackground<T>(load: (wanted: () => boolean) => Promise<T> | null, deps: DependencyList, options: BackgroundOptions<T>): Background<T> {
  const [state, setState] = useState<{ data: T; error: unknown; loading: boolean }>({ data: options.initial, error: null, loading: true });
  const latest = useRef({ load, watch: options.watch });
  latest.current = { load, watch: options.watch };
  /** The number of the latest read: an answer to an earlier one is dropped. */
  const turn = useRef(0);
  const mounted = useRef(false);

  const set = useCallback((value: T | ((current: T) => T)) => {
    turn.current++;
    setState((s) => ({ data: typeof value === 'function' ? (value as (current: T) => T)(s.data) : value, error: null, loading: false }));
  }, []);

  const read = useCallback(async () => {
    if (!mounted.current) return;
    const mine = ++turn.current;
    const pending = latest.current.load(() => mounted.current && turn.current === mine);
    if (!pending) return setState((s) => (s.loading ? { ...s, loading: false } : s));
    try {
      const data = await pending;
      // The same answer again (a language re-detected on every keystroke) renders nothing.
      if (turn.current === mine) setState((s) => (Object.is(s.data, data) && !s.error && !s.loading ? s : { data, error: null, loading: false }));
    } catch (error) {
      if (turn.current === mine) setState((s) => ({ ...s, error, loading: false }));
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void read();
    // A pushed value is newer than any read still on its way.
    const unwatch = latest.current.watch?.((data) => mounted.current && set(data));
    return () => {
      unwatch?.();
      mounted.current = false;
      turn.current++;
    };
  }, deps);

  return { ...state, reload: read, set };
}
