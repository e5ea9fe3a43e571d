import type { FillResult, TextBoxHandle } from '@/components/shared/panel-api';
import { fillFailureOf } from '@/components/shared/fill-failure';
import type { BoxNews, BoxRequest } from './tab-page';

/** The part of a `runtime.Port` the remote box uses. */
export interface PortLike {
  postMessage(message: BoxRequest): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** Whether the page's box can be reached: `reached` once the page has answered the port. */
export type Reach = 'connecting' | 'reached' | 'unreachable';

const NO_ANSWER_MS = 5_000;

export interface RemoteBox extends TextBoxHandle {
  readonly reach: Reach;
  /** Called when reach changes. */
  onReach(listener: (reach: Reach) => void): () => void;
  /** Connects again if the page went away (a new report came from the tab). */
  reconnect(): void;
  close(): void;
}

/**
 * LinkedIn's text box as the side panel holds it: a port to the content script of the tab and
 * frame the form was read from. Reads are of the text last heard from the page (it sends every
 * change); a fill or an undo is a request that the page answers. A page that cannot be reached
 * fills nothing, and says so.
 */
export function createRemoteBox(connect: () => PortLike): RemoteBox {
  let text = '';
  let reach: Reach = 'connecting';
  let port: PortLike | null = null;
  let closed = false;
  let nextId = 1;
  const listeners = new Set<(text: string) => void>();
  const reachListeners = new Set<(reach: Reach) => void>();
  const pending = new Map<number, (news: BoxNews | null) => void>();

  const setReach = (next: Reach) => {
    if (next === reach) return;
    reach = next;
    for (const l of reachListeners) l(next);
  };
  const settleAll = () => {
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };

  const open = () => {
    if (closed) return;
    let current: PortLike;
    try {
      current = connect();
    } catch {
      setReach('unreachable');
      return;
    }
    port = current;
    let answered = false;
    current.onMessage.addListener((raw) => {
      if (port !== current) return;
      const news = raw as BoxNews;
      if (!news || typeof news !== 'object') return;
      answered = true;
      setReach('reached');
      if ('text' in news && typeof news.text === 'string') {
        text = news.text;
        if (news.op === 'text') for (const l of listeners) l(text);
      }
      if (news.op !== 'text') {
        pending.get(news.id)?.(news);
        pending.delete(news.id);
      }
    });
    current.onDisconnect.addListener(() => {
      if (port !== current) return;
      port = null;
      settleAll();
      // A port the page never answered: nothing of Vouch's is listening in that tab.
      setReach(answered ? 'connecting' : 'unreachable');
    });
  };

  const request = (message: { op: 'fill'; text: string } | { op: 'undo' }): Promise<BoxNews | null> => {
    if (!port) open();
    const p = port;
    if (!p) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, NO_ANSWER_MS);
      pending.set(id, (news) => {
        clearTimeout(timer);
        resolve(news);
      });
      try {
        p.postMessage({ ...message, id } as BoxRequest);
      } catch {
        pending.delete(id);
        clearTimeout(timer);
        resolve(null);
      }
    });
  };

  open();

  return {
    get reach() {
      return reach;
    },
    read: () => text,
    async fill(next: string): Promise<FillResult> {
      const news = await request({ op: 'fill', text: next });
      if (!news || news.op !== 'filled') return { ok: false, reason: { code: 'unreachable' } };
      return news.ok ? { ok: true } : { ok: false, reason: fillFailureOf(news.reason) };
    },
    async undo(): Promise<boolean> {
      const news = await request({ op: 'undo' });
      return news?.op === 'undone' && news.ok;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onReach(listener) {
      reachListeners.add(listener);
      return () => void reachListeners.delete(listener);
    },
    reconnect() {
      if (!port && !closed) {
        setReach('connecting');
        open();
      }
    },
    close() {
      closed = true;
      settleAll();
      port?.disconnect();
      port = null;
    },
  };
}
