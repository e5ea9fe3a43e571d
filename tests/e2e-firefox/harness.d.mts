import type { Browser, Page } from 'puppeteer-core';

export { expectedReading, fixtureIndex, fixtureUrl, ROOT } from '../e2e/fixtures.mjs';
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
