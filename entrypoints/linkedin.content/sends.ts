import type { FormInfo } from '@/components/shared/panel-api';
import { call } from '@/components/shared/client';
import { report } from './report';

const SEND_LABEL = /^(send|post|submit|send request|send recommendation)$/i;
/** How long after the user's own Send click a closing form counts as sent. */
const SEND_WINDOW_MS = 15_000;

function dayOf(d: Date) {
  return d.toISOString().slice(0, 10);
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Records a request or recommendation the USER sent: Vouch only watches for the user's own
 * (trusted) click on the form's Send button, then for the form to close. It never clicks anything.
 */
export function watchSends(signal: AbortSignal, readText: () => string | null) {
  let form: FormInfo | null = null;
  let pending: { form: FormInfo; text: string; at: number } | null = null;

  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !form) return;
      const button = e.target instanceof Element ? e.target.closest('button') : null;
      const label = (button?.getAttribute('aria-label') ?? button?.textContent ?? '').trim();
      if (!button || !SEND_LABEL.test(label)) return;
      const text = readText();
      if (text) pending = { form, text, at: Date.now() };
    },
    { capture: true, signal },
  );

  return {
    formOpen(info: FormInfo) {
      form = info;
    },
    formGone() {
      form = null;
      if (!pending || Date.now() - pending.at > SEND_WINDOW_MS) {
        pending = null;
        return;
      }
      const { form: sent, text } = pending;
      pending = null;
      const now = new Date();
      const type = sent.kind === 'request' ? 'request-sent' : 'given';
      call('events.append', {
        events: [
          {
            contactId: sent.contact.id,
            type,
            at: now,
            text,
            source: 'user',
            key: `${type}:${sent.contact.id}:${dayOf(now)}:${hash(text)}`,
          },
        ],
      }).catch((err) => report('record-send', err));
    },
  };
}
