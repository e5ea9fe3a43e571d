/**
 * Opening Vouch's panel beside the page. Chrome has a side panel (`sidePanel`), Firefox a sidebar
 * (`sidebarAction`); each allows opening only while the user's own action is being handled, so
 * these are called synchronously from the click's listener. Neither API needs more than the
 * manifest's own declaration (Chrome's `sidePanel` permission).
 */
interface PanelApis {
  sidePanel?: {
    open(options: { tabId: number }): Promise<void>;
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> };
  action: { onClicked: { addListener(cb: () => void): void } };
}

const quietly = (p: Promise<unknown> | undefined) => void p?.catch((e: unknown) => console.warn('[vouch] panel:', e));

/**
 * Opens the panel for a tab, on the user's click on one of LinkedIn's "recommend" controls. Chrome
 * only: Firefox opens its sidebar only from the add-on's own button or shortcut, never from a
 * click in the page, so there is nothing to ask of it.
 */
export function openSidePanel(api: unknown, tabId: number): void {
  const { sidePanel } = api as PanelApis;
  if (sidePanel?.open) quietly(sidePanel.open({ tabId }));
}

/** The toolbar button (and its shortcut) opens the panel: Chrome does it itself once told; Firefox is told here. */
export function setUpToolbar(api: unknown): void {
  const { sidePanel, sidebarAction, action } = api as PanelApis;
  if (sidePanel?.setPanelBehavior) quietly(sidePanel.setPanelBehavior({ openPanelOnActionClick: true }));
  else if (sidebarAction) action.onClicked.addListener(() => quietly(sidebarAction.toggle ? sidebarAction.toggle() : sidebarAction.open()));
}
