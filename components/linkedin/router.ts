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

/**
 * What a page where Vouch has nothing to do shows for it: nothing. It rides on the answer to the
 * background's question, since a message of its own would cost LinkedIn's page more than
 * everything else the content script does on the feed.
 */
const nothingHere = (): TabMessage => ({ vouchTab: 1, type: 'report', page: { kind: 'none', url: location.href } });

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
      if (ctx.isInvalid) return;
      run = new AbortController();
      const signal = AbortSignal.any([ctx.signal, run.signal]);
      // While a page is followed, a look at the extension's life each second: after an update or
      // removal, this orphaned copy lets go of the page (its observer, its box) within a second.
      const alive = setInterval(() => void ctx.isInvalid, 1000);
      signal.addEventListener('abort', () => clearInterval(alive), { once: true });
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
  const answerPing = (message: unknown, _sender: unknown, sendResponse: (answer: true | TabMessage) => void) => {
    if (!isPing(message)) return;
    const again = (message as { again?: unknown }).again;
    if (again && !(run && follower)) return void sendResponse(nothingHere());
    if (again) follower?.tellAgain();
    sendResponse(true);
  };
  browser.runtime.onMessage.addListener(answerPing);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPing));
  watchLocation(ctx, route);
  route();
}
