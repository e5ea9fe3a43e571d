import { useCallback, useEffect, useRef } from 'react';

/**
 * Short, so that little is ever only in memory: an extension update ends a page's link to the
 * background at once, with no warning, and nothing can be sent after that.
 */
export const DRAFT_SAVE_MS = 300;

export interface AutosaveOptions {
  /** The text to keep now, or null when nothing is the user's to keep. Read when a save runs. */
  current(): string | null;
  save(text: string): Promise<unknown>;
  onError(error: unknown): void;
}

/**
 * One rule for every draft: a save `DRAFT_SAVE_MS` after the last change, and at once when the page
 * is hidden or closed and when the component goes away. A save sends what the last render saw, not
 * what the debounce was given (a tab left right after a keystroke may never render again). An
 * empty text is never saved, so clearing the box never erases the last good draft, and the same
 * text is not sent twice.
 */
export function useAutosave(options: AutosaveOptions) {
  const latest = useRef(options);
  latest.current = options;
  /** The text the background holds (or is being sent). */
  const saved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const worth = (text: string | null): text is string => !!text?.trim() && text !== saved.current;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { current, save, onError } = latest.current;
    const text = current();
    if (!worth(text)) return;
    saved.current = text;
    save(text).catch((e: unknown) => {
      if (saved.current === text) saved.current = null;
      onError(e);
    });
  }, []);

  /** The text changed: save it after the pause, unless the next change comes first. */
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = worth(latest.current.current()) ? setTimeout(flush, DRAFT_SAVE_MS) : undefined;
  }, [flush]);

  /** The background already holds this text (a draft brought back, or one just cleared): nothing to send. */
  const markSaved = useCallback((text: string | null) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    saved.current = text;
  }, []);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { schedule, flush, markSaved };
}
