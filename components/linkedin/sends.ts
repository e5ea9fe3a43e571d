import type { FormInfo } from '@/components/shared/panel-api';
import { buildRequestSentEvent } from '@/components/request/events';
import { buildGivenEvent } from '@/components/coach/green-light';
import { report } from './report';
import { outbox } from './channel';
import { isSendButton } from './form';

/** How long after the user's own Send click a closing form counts as sent. */
const SEND_WINDOW_MS = 15_000;

/**
 * Records a request or recommendation the USER sent: Vouch only watches for the user's own
 * (trusted) click on the form's Send button, known by its place in the form in any language
 * (components/linkedin/form.ts), then for the form to close — or for LinkedIn to leave
 * the form's page, which is how it closes a routed form. It never clicks anything.
 */
export function watchSends(signal: AbortSignal, readText: () => string | null) {
  let form: FormInfo | null = null;
  let pending: { form: FormInfo; text: string; at: number } | null = null;

  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !form) return;
      const button = e.target instanceof Element ? e.target.closest('button, [role="button"], input[type="submit"]') : null;
      if (!button || !isSendButton(button, document, new URL(location.href))) return;
      const text = readText();
      if (text) pending = { form, text, at: Date.now() };
    },
    { capture: true, signal },
  );

  const record = () => {
    if (!pending || Date.now() - pending.at > SEND_WINDOW_MS) {
      pending = null;
      return;
    }
    const { form: sent, text } = pending;
    pending = null;
    const input = { contactId: sent.contact.id, text, at: new Date() };
    // The same builders as the panels' "I sent it" buttons: one key, so the fact is written once.
    outbox
      .call('events.append', { events: [sent.kind === 'request' ? buildRequestSentEvent(input) : buildGivenEvent(input)] })
      .catch((err) => report('record-send', err));
  };
  // The page is left (the follower's signal aborts) right after the user's Send: the form went with it.
  signal.addEventListener('abort', record, { once: true });

  return {
    formOpen(info: FormInfo) {
      form = info;
    },
    formGone() {
      form = null;
      record();
    },
  };
}
