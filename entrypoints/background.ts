import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { openVouchDb } from '@/storage/open';
import { classifySender, createRouter, type Sender } from '@/storage/protocol/router';
import { serve } from '@/storage/protocol/serve';
import type { Reply } from '@/storage/protocol';
import { VouchError, type Call } from '@/components/shared/client';
import { createTabTracker } from '@/components/side-panel/tab-tracker';
import { forgetAllTabs } from '@/components/side-panel/known-tabs';
import { isTabMessage, parseTabMessage } from '@/components/side-panel/tab-schema';
import { ASK_AGAIN, badgeWords } from '@/components/side-panel/tab-page';
import { createI18n } from '@wxt-dev/i18n';
import { owesAfterRecording } from '@/components/side-panel/owes';
import { openSidePanel, setUpToolbar } from '@/components/side-panel/opening';
import { getSettings } from '@/storage/settings';
import { reviveDates } from '@/storage/tagged-dates';

// Wiring only: the database, the message router, the tabs' reports and the toolbar.
const ASK_AGAIN_AFTER_MS = 1_000;
/** The browser's own i18n: the worker has no page to load the language chosen in the settings into. */
const browserI18n = createI18n();

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const identity = { extensionId: browser.runtime.id, extensionOrigin };

  // An open that failed is tried again by the next message (`serve`).
  const answer = serve(() =>
    openVouchDb().then(({ db, readOnlyReason }) =>
      createRouter(db, {
        ...identity,
        readOnlyReason,
        // Vouch's open pages hear how far a long write has got (content scripts do not: they get only
        // what is sent to their tab).
        onProgress: (progress) => void browser.runtime.sendMessage(progress).catch(() => {}),
        onReject: (reason, _message, sender) => {
          console.warn('[vouch] refused a message:', reason, sender.url ?? sender.id);
          void db.log.add({ at: new Date(), level: 'warn', source: 'router', message: reason }).catch(() => {});
        },
      }),
    ),
  );

  const tracker = createTabTracker(
    {
      session: browser.storage.session,
      local: browser.storage.local,
      setBadge: async (tabId, badge) => {
        const { text, title } = badgeWords(badge, (key) => browserI18n.t(key));
        await browser.action.setBadgeText({ tabId, text });
        await browser.action.setTitle({ tabId, title });
      },
    },
    { onError: (where, e) => console.warn(`[vouch] tab ${where}:`, e) },
  );

  /**
   * The tab's reports: what it shows, and the user's click that asks for the panel. A report is
   * answered true once kept, false when refused, and 'retry' when keeping it failed (the content
   * script sends it again then, as when no answer came because the worker stopped).
   */
  const onTabMessage = async (message: unknown, sender: Sender): Promise<boolean | 'retry'> => {
    const tabId = sender.tab?.id;
    if (classifySender(sender, identity) !== 'content' || tabId === undefined) return false;
    const parsed = parseTabMessage(message);
    if (!parsed.ok) return (console.warn('[vouch]', parsed.error), false);
    const m = parsed.message;
    // Called at once, while the user's click is still being handled: the browser allows it then only.
    if (m.type === 'open-panel') return (openSidePanel(browser, tabId), true);
    const page = m.page;
    // Messages between the background and itself, as from the tab: the same checks apply.
    const call: Call = async (type, payload) => {
      const reply = await answer({ vouch: 1, type, payload }, sender);
      if (!reply.ok) throw VouchError.of(reply);
      return reviveDates(reply.data);
    };
    const owes =
      page.kind === 'profile'
        ? async () => {
            const { viewer, reminderAfterDays } = await getSettings();
            return owesAfterRecording(call, page.profile, page.profile.viewer ?? viewer, reminderAfterDays);
          }
        : undefined;
    return tracker.report(tabId, sender.frameId ?? 0, page, owes).then(
      () => true,
      (e: unknown) => (console.warn('[vouch] a tab report was not kept:', e), 'retry' as const),
    );
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply) => void) => {
    if (isTabMessage(message)) {
      void onTabMessage(message, sender as Sender).then(sendResponse as unknown as (kept: boolean | 'retry') => void);
      return true;
    }
    void answer(message, sender as Sender).then(sendResponse);
    return true; // the answer comes asynchronously
  });

  // A tab that closes drops what its page showed. One that starts loading (also on some of
  // LinkedIn's own in-page moves) is asked, a moment later, what it shows: its content script says
  // it again, or, where none answers (another site), what it showed is dropped.
  browser.tabs.onRemoved.addListener((tabId) => void tracker.forget(tabId, Date.now(), true));
  browser.runtime.onStartup.addListener(() => void forgetAllTabs(browser.storage.local).catch(() => {}));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    const since = Date.now();
    setTimeout(() => {
      browser.tabs.sendMessage(tabId, ASK_AGAIN, { frameId: 0 }).then(
        (answer: unknown) => {
          // A page where Vouch has nothing to do says so in its answer (router.ts).
          const parsed = isTabMessage(answer) ? parseTabMessage(answer) : null;
          if (parsed?.ok && parsed.message.type === 'report' && parsed.message.page.kind === 'none') {
            tracker.report(tabId, 0, parsed.message.page).catch((e: unknown) => console.warn('[vouch] a tab report was not kept:', e));
          }
        },
        () => tracker.forget(tabId, since),
      );
    }, ASK_AGAIN_AFTER_MS);
  });

  setUpToolbar(browser);
});
