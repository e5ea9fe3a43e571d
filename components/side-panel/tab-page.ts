import type { FillFailure, FormInfo, Viewer } from '@/components/shared/panel-api';
import type { ProfileReading } from '@/components/profile-card/types';
import type { RecommendationItem } from '@/storage/page-sync';
import type { MessageKey } from '@/storage/said';

/**
 * What a LinkedIn tab shows, as its content script last reported it: the side panel draws its
 * panel from this, and the background sets the toolbar badge from it. No type imports code, so
 * the content script (which builds these) stays small.
 */
export type TabPage = (
  | { kind: 'form'; url: string; form: FormInfo; viewer: Viewer | null }
  | { kind: 'profile'; url: string; profile: ProfileReading }
  | { kind: 'none'; url: string }
) & {
  /** Which document of the tab said it (a reload is a new one): a form there is a new form. */
  doc?: string;
};

/** A tab's page with the frame that reported it and when: the panel fills only that frame's box. */
export interface TabState {
  page: TabPage;
  frameId: number;
  /** Milliseconds since the epoch, set by the background when the report arrived. */
  at: number;
}

/** Messages from the content script to the background about the tab it runs in. */
export type TabMessage =
  | { vouchTab: 1; type: 'report'; page: TabPage }
  /** Sent while the user's own click on one of LinkedIn's "recommend" controls is being handled. */
  | { vouchTab: 1; type: 'open-panel' };

/** The key under which the background keeps a tab's state in `storage.session`. */
export const tabKey = (tabId: number) => `tab:${tabId}`;

/** The side panel's question to a tab: is Vouch's content script alive there? */
export const PING = { vouchPing: 1 } as const;
/** The background's, after the tab started loading: say again what the tab shows. */
export const ASK_AGAIN = { vouchPing: 1, again: true } as const;
export const isPing = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as { vouchPing?: unknown }).vouchPing === 1;

/** The port the side panel opens to a tab's content script to read and fill LinkedIn's box. */
export const BOX_PORT = 'vouch-box';

/** Side panel → content script, over the box port. */
export type BoxRequest = { id: number; op: 'fill'; text: string } | { id: number; op: 'undo' };
/** Content script → side panel: the box's text as it changes, and each request's answer. */
export type BoxNews =
  | { op: 'text'; text: string }
  | { op: 'filled'; id: number; ok: true; text: string }
  | { op: 'filled'; id: number; ok: false; reason: FillFailure }
  | { op: 'undone'; id: number; ok: boolean; text: string };

/**
 * A recommendation's date crosses messages and `storage.session` as an ISO string (both speak
 * JSON): these put it back into a Date, and take it out again.
 */
type WireItem = Omit<RecommendationItem, 'date'> & { date?: Date | string };
const reviveItem = (i: WireItem): RecommendationItem => {
  const { date, ...rest } = i;
  const d = typeof date === 'string' ? new Date(date) : date;
  return d && !Number.isNaN(d.getTime()) ? { ...rest, date: d } : rest;
};
const flattenItem = (i: RecommendationItem): WireItem => (i.date ? { ...i, date: i.date.toISOString() } : i);

function mapItems(profile: ProfileReading, f: (i: never) => unknown): ProfileReading {
  const r = profile.recommendations as Record<string, unknown[] | undefined> | null;
  if (!r) return profile;
  const lists = Object.fromEntries(Object.entries(r).map(([k, list]) => [k, Array.isArray(list) ? list.map(f as never) : list]));
  return { ...profile, recommendations: lists as unknown as ProfileReading['recommendations'] };
}

export function pageForWire(page: TabPage): TabPage {
  return page.kind === 'profile' ? { ...page, profile: mapItems(page.profile, flattenItem as never) } : page;
}

export function pageFromWire(page: TabPage): TabPage {
  return page.kind === 'profile' ? { ...page, profile: mapItems(page.profile, reviveItem as never) } : page;
}

/** The badge's text and title, as message names (no name: empty, with the title "Vouch"). */
export interface Badge {
  text: MessageKey | null;
  title: MessageKey | null;
}

/**
 * What the badge says, so the user sees Vouch has something for this tab with its panel closed.
 * The background says it in the browser's language: it has no page to load another one into.
 */
export function badgeFor(page: TabPage | null, owesThem: boolean): Badge {
  if (page?.kind === 'form') {
    return page.form.kind === 'request' ? { text: 'badge.ask', title: 'badge.askTitle' } : { text: 'badge.write', title: 'badge.writeTitle' };
  }
  if (page?.kind === 'profile' && owesThem) return { text: 'badge.owe', title: 'badge.oweTitle' };
  return { text: null, title: null };
}

/** The badge in words, `say` giving a message in the language wanted. */
export function badgeWords(badge: Badge, say: (key: MessageKey) => string): { text: string; title: string } {
  return { text: badge.text ? say(badge.text) : '', title: badge.title ? say(badge.title) : 'Vouch' };
}
