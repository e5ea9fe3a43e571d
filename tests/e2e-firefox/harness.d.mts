import type { Browser, Page } from 'puppeteer-core';

export { expectedReading, fixtureIndex, fixtureUrl, ROOT, variantIndex } from '../e2e/fixtures.mjs';
export const FIREFOX_BUILD: string;
export const FIREFOX_PREFS: Record<string, string | number | boolean>;
export function findFirefox(): string | null;
export function until<T>(check: () => T | Promise<T>, what: string, timeout?: number): Promise<NonNullable<T>>;

export interface FirefoxLaunched {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id); null without the add-on. */
  addonId: string | null;
  /** The add-on's internal UUID in this profile: its pages are moz-extension://<uuid>/… */
  uuid: string | null;
  /** Requests pages made to anything but the fixture pages: aborted and counted. */
  blocked: string[];
  /** Every request the harness answered from a fixture. */
  served: string[];
  inChrome(fn: (...args: string[]) => unknown, ...args: string[]): Promise<unknown>;
  open(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  reload(page: Page): Promise<void>;
  guard(page: Page): Promise<Page>;
  extensionTabs(): Promise<{ page: Page; path: string }[]>;
  requests(): Promise<{ url: string; by: string }[]>;
  clickToolbarButton(): Promise<void>;
  /** The add-on's tabs.Tab id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** sidepanel.html?tab=<id> for the tab showing `page`, opened in a tab of its own; `page` is brought back to the front. */
  sidePanelFor(page: Page): Promise<{ panelPage: Page; tabId: number }>;
  /** The browser window's sidebar: open or not, and whose. */
  sidebarState(): Promise<{ open: boolean; id: string }>;
  /** The id Firefox gives Vouch's sidebar. */
  sidebarId: string | null;
  /** Runs the command bound to Vouch's sidebar shortcut; returns the key and modifiers it is bound to. */
  pressSidebarShortcut(): Promise<{ key: string; modifiers: string }>;
  backgroundRunning(): Promise<boolean>;
  terminateBackground(): Promise<void>;
  close(): Promise<void>;
}
export interface FirefoxLaunchOptions {
  /** Path of the built add-on to install; null for a browser without Vouch. */
  extension?: string | null;
  headless?: boolean;
  /** Extra pages to serve: URL path → HTML. */
  pages?: Record<string, string>;
}
export function launch(opts?: FirefoxLaunchOptions): Promise<FirefoxLaunched>;
export function collectPageErrors(page: Page): string[];
export function sendMessage(page: Page, type: string, payload?: unknown): Promise<any>;
