import type { Reply } from './index';
import type { Sender } from './router';

export type Route = (message: unknown, sender: Sender) => Promise<Reply>;

/**
 * The background's answer to every message: `open` (the database, then the router over it) starts
 * at once and is shared by every message. An open that failed is not kept: the next message tries
 * again (the browser's IndexedDB can fail to open for an instant, or while the worker is being
 * stopped), and the reply says that sending it again may work. The detail (`error`) is for logs.
 */
export function serve(open: () => Promise<Route>): Route {
  const start = () => {
    const opening = open();
    opening.catch(() => {}); // answered below, per message
    return opening;
  };
  let route = start();
  return async (message, sender) => {
    const current = route;
    let handle: Route;
    try {
      handle = await current;
    } catch (e) {
      if (route === current) route = start();
      return { ok: false, error: `Vouch could not open its data: ${String(e)}`, said: { key: 'errors.cannotOpen' }, retry: true };
    }
    return handle(message, sender).catch((e: unknown) => ({ ok: false, error: `Vouch could not answer: ${String(e)}`, said: { key: 'errors.couldNot' } }) as Reply);
  };
}
