/** The dashboard's path in the extension, as the toolbar button opens it. */
export const DASHBOARD_PATH = '/dashboard.html';

/** An open extension page, as `runtime.getContexts` describes it (the fields used here). */
export interface PageContext {
  documentUrl?: string;
  tabId: number;
  windowId: number;
}

/** The part of the extension API the toolbar button needs; none of it asks for a permission. */
export interface OpenerApi {
  runtime: {
    getURL(path: string): string;
    /** Chrome 116+ and Firefox 128+; missing elsewhere. */
    getContexts?: (filter: { contextTypes: ['TAB'] }) => Promise<PageContext[]>;
  };
  tabs: {
    create(props: { url: string }): Promise<unknown>;
    update(tabId: number, props: { active: true }): Promise<unknown>;
  };
  /** Missing on Firefox for Android, which has no windows. */
  windows?: { update(windowId: number, props: { focused: true }): Promise<unknown> };
}

/**
 * What the toolbar button does: brings the dashboard forward when it is already open in a tab (as
 * the browser does for an options page), and opens it otherwise. A second copy would read the
 * whole ledger again and show the user two ledgers to keep apart. Whatever fails on the way (an
 * older browser, the tab closed meanwhile) ends in a new tab, never in nothing.
 */
export async function openDashboard(api: OpenerApi): Promise<'focused' | 'opened'> {
  const url = api.runtime.getURL(DASHBOARD_PATH);
  const open = await openDashboardTab(api, url);
  if (open) {
    try {
      await api.tabs.update(open.tabId, { active: true });
      // The tab may be in another window: bring that forward too. Only the tab matters.
      await api.windows?.update(open.windowId, { focused: true }).catch(() => {});
      return 'focused';
    } catch {
      // Closed between the two calls: open a new one.
    }
  }
  await api.tabs.create({ url });
  return 'opened';
}

/** The dashboard's tab, if one is open; its address may carry a query or a fragment. */
async function openDashboardTab(api: OpenerApi, url: string): Promise<PageContext | null> {
  if (!api.runtime.getContexts) return null;
  try {
    const pages = await api.runtime.getContexts({ contextTypes: ['TAB'] });
    return pages.find((p) => p.tabId >= 0 && p.documentUrl !== undefined && withoutSuffix(p.documentUrl) === url) ?? null;
  } catch {
    return null;
  }
}

function withoutSuffix(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
