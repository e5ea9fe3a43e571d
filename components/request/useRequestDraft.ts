import { useCallback, useEffect, useRef } from 'react';
import { explain, type Call } from '@/components/shared/client';
import type { ComposerStore } from './store';

/**
 * Short, so that little is ever only in memory: an extension update ends this content script's
 * link to the background at once, and nothing can be sent after that (see `flush`).
 */
export const DRAFT_SAVE_MS = 300;

export interface RequestDraftOptions {
  call: Call;
  contactId: string;
  store: ComposerStore;
  /** The Request tab's text: what the user typed over the template, or the template rendered with their talking points. */
  text: string;
  /** True once the text holds the user's own words (typed over, or talking points filled in). */
  dirty: boolean;
}

/**
 * Keeps the request the user is writing to this contact in the background's drafts (kind
 * `request`, one per contact, shown on the dashboard), and brings it back when the form for the
 * same contact is opened again.
 *
 * Saves are debounced, and whatever is still waiting is sent at once when the message box loses
 * focus, the tab is hidden or closed, and the panel goes away. When the extension is updated or
 * reloaded the content script can no longer reach the background at all (Chrome gives it no
 * warning), so the short debounce is what bounds the loss: at most the last `DRAFT_SAVE_MS` of
 * typing, and the words are still on screen with the "reload this tab" notice.
 */
export function useRequestDraft({ call, contactId, store, text, dirty }: RequestDraftOptions) {
  const latest = useRef({ text, dirty, call, contactId });
  latest.current = { text, dirty, call, contactId };
  /** The text the background holds (or is being sent), so the same text is not sent twice. */
  const saved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /**
   * Saves the latest text now if it is the user's and not saved yet. It reads what the last render
   * saw, not what the debounce was given: a tab that is left right after a keystroke may never run
   * the effect that would have scheduled the save.
   */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { text: next, dirty: mine, call: send, contactId: id } = latest.current;
    if (!mine || !next.trim() || next === saved.current) return;
    saved.current = next;
    send('draft.save', { contactId: id, kind: 'request', text: next }).catch((e: unknown) => {
      if (saved.current === next) saved.current = null;
      store.getState().setNotice({ tone: 'error', text: explain(e, 'Vouch could not save your draft.') });
    });
  }, [store]);

  /** The user is done with this request (sent it, or started again): the saved draft goes. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    saved.current = latest.current.text;
    const { call: send, contactId: id } = latest.current;
    send('draft.clear', { contactId: id, kind: 'request' }).catch(() => undefined);
  }, []);

  // Bring back the draft for this contact, unless the user has already typed over the template.
  useEffect(() => {
    let live = true;
    call('draft.get', { contactId, kind: 'request' })
      .then((d) => {
        if (!live || !d || !d.text.trim()) return;
        const state = store.getState();
        if (state.drafts.request !== undefined || d.text === latest.current.text) return;
        saved.current = d.text;
        state.setDraft('request', d.text);
        state.setKind('request');
        state.setNotice({ tone: 'info', text: 'Vouch brought back the request you were writing. "Start again from the template" drops it.' });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [call, contactId, store]);

  // Autosave: an empty text is never saved, so clearing the box never erases the last good draft.
  useEffect(() => {
    clearTimeout(timer.current);
    if (dirty && text.trim() && text !== saved.current) timer.current = setTimeout(flush, DRAFT_SAVE_MS);
  }, [text, dirty, flush]);

  // Send what is waiting when the tab is hidden or closed, and when the panel goes away.
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

  return { flush, discard };
}
