import type { BrowserContext, Page, Worker, Locator } from 'playwright-core';

export { ROOT } from './fixtures.mjs';
export const E2E_BUILD: string;
export const PROD_BUILD: string;
export const CHROMIUM_FLAGS: string[];

export { fixtureIndex, fixtureUrl, type FixtureEntry } from './fixtures.mjs';

export interface Launched {
  context: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  /** Requests to anything but the fixture pages: aborted and counted (only counted without interception). */
  blocked: string[];
  /** Every request the harness answered from a fixture. */
  served: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}
export interface LaunchOptions {
  /** Path of the unpacked extension to load; null for a browser without Vouch. */
  extension?: string | null;
  headless?: boolean;
  /** Extra pages to serve: URL path → HTML. */
  pages?: Record<string, string>;
  /** A browser profile to reuse (kept on close); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** More Chromium command-line flags, after the harness's own. */
  args?: string[];
  /**
   * false: no request interception (for a browser that opens only Vouch's own pages, as the
   * benchmark's dashboard does); requests for the network are counted in `blocked`, not aborted.
   */
  intercept?: boolean;
  /**
   * The events whose listeners the service worker must have registered before the browser is
   * handed over, as paths under `chrome`; default ['runtime.onMessage'] (Vouch registers all of its
   * listeners in one run). Not waited for when the extension has no background.
   */
  listeners?: string[];
}
export function launch(opts?: LaunchOptions): Promise<Launched>;
export function collectPageErrors(page: Page): string[];
/** The browser's id of the tab showing `page`, from its content script's report. */
export function tabIdOf(worker: Worker | null, page: Page): Promise<number>;
/** Opens `url` in a tab made by the extension, so that its id is known. */
export function openTab(launched: Launched, url: string): Promise<{ page: Page; tabId: number }>;
/** Vouch's side panel page bound to the tab showing `page` (`sidepanel.html?tab=<id>`). */
export function sidePanelFor(launched: Launched, page: Page, knownTabId?: number): Promise<{ panelPage: Page; panel: Locator; tabId: number }>;
