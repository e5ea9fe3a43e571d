import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { openVouchDb } from '@/storage/open';
import { createRouter, type Sender } from '@/storage/protocol/router';
import { serve } from '@/storage/protocol/serve';
import type { Reply } from '@/storage/protocol';
import { openDashboard } from '@/components/dashboard/open-dashboard';

// Wiring only: the database, the message router and the toolbar button.
export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // An open that failed is tried again by the next message (`serve`).
  const answer = serve(() =>
    openVouchDb().then(({ db, readOnlyReason }) =>
      createRouter(db, {
        extensionId: browser.runtime.id,
        extensionOrigin,
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

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Reply) => void) => {
    void answer(message, sender as Sender).then(sendResponse);
    return true; // the answer comes asynchronously
  });

  // The dashboard's tab comes forward if it is open; otherwise it opens.
  browser.action.onClicked.addListener(() => {
    void openDashboard(browser).catch((e: unknown) => console.warn('[vouch] could not open the dashboard:', e));
  });
});
