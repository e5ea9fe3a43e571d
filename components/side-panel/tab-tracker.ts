import { badgeFor, tabKey, type Badge, type TabPage, type TabState } from './tab-page';
import { forgetTab, rememberTab } from './known-tabs';

/** The browser APIs the tracker uses, passed in so that tests can give fakes. */
export interface TrackerApis {
  session: {
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  };
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** Where the tabs that ever reported are kept across an update (see known-tabs.ts). */
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
}

export interface TrackerOptions {
  now?(): number;
  onError?(where: string, error: unknown): void;
}

/**
 * The background's record of what each LinkedIn tab shows, as its content script last reported:
 * kept in memory and in `storage.session` (which the side panel reads and watches, and which
 * survives the worker being stopped), with the toolbar badge set to match. Reports for one tab are
 * applied in the order they came, so a slow profile never overwrites the form that followed it.
 */
export function createTabTracker(apis: TrackerApis, opts: TrackerOptions = {}) {
  const now = opts.now ?? Date.now;
  const states = new Map<number, TabState>();
  const queues = new Map<number, Promise<void>>();
  const fail = (where: string) => (e: unknown) => opts.onError?.(where, e);

  /** Runs `work` after the tab's earlier reports; the caller hears its failure, the queue goes on. */
  const inOrder = (tabId: number, work: () => Promise<void>): Promise<void> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(work);
    const next = run.catch(() => {});
    queues.set(tabId, next);
    void next.then(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    });
    return run;
  };

  return {
    /**
     * Keeps what a tab shows. `owesThem`, run first, records what the page shows and says whether
     * the user owes this person a recommendation. If it fails, nothing is kept and the returned
     * promise rejects: the content script sends the report again, and the recording is done then.
     */
    report(tabId: number, frameId: number, page: TabPage, owesThem?: () => Promise<boolean>): Promise<void> {
      return inOrder(tabId, async () => {
        const owes = owesThem ? await owesThem() : false;
        const state: TabState = { page, frameId, at: now() };
        if (!states.has(tabId)) await rememberTab(apis.local, tabId).catch(fail('known'));
        states.set(tabId, state);
        await apis.session.set({ [tabKey(tabId)]: state });
        await apis.setBadge(tabId, badgeFor(page, owes)).catch(fail('badge'));
      });
    },
    /**
     * The tab closed, or started loading a new document (whose content script reports afresh):
     * what was reported before `since` goes.
     */
    forget(tabId: number, since = now(), closed = false): Promise<void> {
      return inOrder(tabId, async () => {
        const known = states.get(tabId);
        if (known && known.at > since) return;
        states.delete(tabId);
        if (closed) await forgetTab(apis.local, tabId).catch(fail('known'));
        await apis.session.remove(tabKey(tabId));
        await apis.setBadge(tabId, badgeFor(null, false)).catch(() => {});
      });
    },
    get(tabId: number): TabState | undefined {
      return states.get(tabId);
    },
  };
}

export type TabTracker = ReturnType<typeof createTabTracker>;
