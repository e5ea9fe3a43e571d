import { browser, type Browser } from 'wxt/browser';
import { BOX_PORT, type BoxNews, type BoxRequest } from '@/components/side-panel/tab-page';
import type { PageBox } from './text-box';
import { guard } from './report';

/**
 * Lends LinkedIn's text box to Vouch's side panel, which connects a port to this tab's frame: the
 * box's text goes out as the user types, and a fill or undo comes in only from the panel's
 * buttons (the user's click there). Ports from anything but Vouch itself are closed unheard. The
 * ports end with the page's follower, so that a panel never fills a page it no longer sees.
 */
export function lendBox(box: PageBox, signal: AbortSignal): void {
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== BOX_PORT) return;
    if (port.sender?.id !== browser.runtime.id || signal.aborted) return port.disconnect();
    const post = (news: BoxNews) => {
      try {
        port.postMessage(news);
      } catch {
        // The panel went away.
      }
    };
    const unsubscribe = box.subscribe((text) => post({ op: 'text', text }));
    const end = () => {
      unsubscribe();
      port.disconnect();
    };
    port.onMessage.addListener((raw: unknown) =>
      guard('box', () => {
        const m = raw as Partial<BoxRequest> & { text?: unknown };
        if (typeof m?.id !== 'number') return;
        if (m.op === 'fill' && typeof m.text === 'string') {
          const result = box.fill(m.text);
          post(result.ok ? { op: 'filled', id: m.id, ok: true, text: box.read() } : { op: 'filled', id: m.id, ok: false, reason: result.reason });
        } else if (m.op === 'undo') {
          const ok = box.undo();
          post({ op: 'undone', id: m.id, ok, text: box.read() });
        }
      }),
    );
    port.onDisconnect.addListener(() => {
      unsubscribe();
      signal.removeEventListener('abort', end);
    });
    signal.addEventListener('abort', end, { once: true });
    post({ op: 'text', text: box.read() });
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
}
