import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { isPing, type TabMessage } from '@/components/side-panel/tab-page';
import { isVouchPage, pageKind } from '@/storage/linkedin-urls';
import { watchLocation } from './location';
import { guard, report } from './report';

type Follower = typeof import('./follow');
let loading: Promise<Follower> | null = null;
/**
 * The part of Vouch that reads settings and pages, evaluated the first time a page needs it: on
 * the feed and every other page, Vouch only watches the URL.
 */
const loadFollower = () => (loading ??= import('./follow'));

/** Says, when asked, that a page where Vouch has nothing to do shows nothing for it. */
function report0(): void {
  const message: TabMessage = { vouchTab: 1, type: 'report', page: { kind: 'none', url: location.href } };
  browser.runtime.sendMessage(message).catch(() => {});
}

/** The content script's life: follow the URL, start and stop the page follower, obey the pause switch. */
export function startVouch(ctx: ContentScriptContext) {
  let run: AbortController | null = null;
  let follower: Follower | null = null;

  const route = () =>
    guard('route', () => {
      run?.abort();
      run = null;
      const url = new URL(location.href);
      const kind = pageKind(url);
      if (!isVouchPage(kind)) {
        follower?.clear();
        return;
      }
      run = new AbortController();
      const signal = AbortSignal.any([ctx.signal, run.signal]);
      loadFollower()
        .then(async (f) => {
          follower = f;
          const settings = await f.settingsReady(route, ctx.signal);
          if (signal.aborted) return;
          if (settings.paused) f.clear();
          else guard('follow', () => f.followPage(url, kind, signal));
        })
        .catch((e) => report('load', e));
    });

  ctx.onInvalidated(() => run?.abort());
  // The side panel asks whether this tab's Vouch is alive (after an update, the old one is not);
  // the background, after the tab started loading, asks what it shows now.
  const answerPing = (message: unknown, _sender: unknown, sendResponse: (alive: true) => void) => {
    if (!isPing(message)) return;
    if ((message as { again?: unknown }).again) {
      if (run && follower) follower.tellAgain();
      else report0();
    }
    sendResponse(true);
  };
  browser.runtime.onMessage.addListener(answerPing);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPing));
  watchLocation(ctx, route);
  route();
}
