import { useCallback, useEffect, useRef } from 'react';
import type { Call } from '@/components/shared/client';
import { explain } from '@/components/shared/explain';
import { t } from '@/components/i18n/t';
import { useAutosave } from '@/components/shared/use-autosave';
import { useBackground } from '@/components/shared/use-background';
import type { ComposerStore } from './store';

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
 * same contact is opened again. Saved by the one draft rule (use-autosave.ts); the message box
 * losing focus saves at once too (`flush`).
 */
export function useRequestDraft({ call, contactId, store, text, dirty }: RequestDraftOptions) {
  const latest = useRef({ text, dirty, call, contactId });
  latest.current = { text, dirty, call, contactId };
  const { schedule, flush, markSaved } = useAutosave({
    current: () => (latest.current.dirty ? latest.current.text : null),
    save: (next) => latest.current.call('draft.save', { contactId: latest.current.contactId, kind: 'request', text: next }),
    onError: (e) => store.getState().setNotice({ tone: 'error', text: explain(e, t('errors.draftNotSaved')) }),
  });

  /** The user is done with this request (sent it, or started again): the saved draft goes. */
  const discard = useCallback(() => {
    markSaved(latest.current.text);
    const { call: send, contactId: id } = latest.current;
    send('draft.clear', { contactId: id, kind: 'request' }).catch(() => undefined);
  }, [markSaved]);

  // Bring back the draft for this contact, unless the user has already typed over the template.
  useBackground(
    (wanted) =>
      call('draft.get', { contactId, kind: 'request' }).then((d) => {
        if (!wanted() || !d || !d.text.trim()) return;
        const state = store.getState();
        if (state.drafts.request !== undefined || d.text === latest.current.text) return;
        markSaved(d.text);
        state.setDraft('request', d.text);
        state.setKind('request');
        state.setNotice({ tone: 'info', text: t('errors.draftBack', { startAgain: t('request.startAgain') }) });
      }, () => undefined),
    [call, contactId, store],
    { initial: undefined },
  );

  useEffect(schedule, [text, dirty, schedule]);

  return { flush, discard };
}
