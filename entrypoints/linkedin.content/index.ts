import { defineContentScript } from '#imports';
import { startVouch } from './router';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage a "script started" note carrying the extension's id:
  // LinkedIn's scripts could fingerprint Vouch by it, and their message listeners ran on every
  // page load (12 ms of the feed's main thread in the benchmark). Its DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The E2E build opens the shadow root so that tests can look inside; production keeps it closed.
    startVouch(ctx, import.meta.env.WXT_E2E === '1' ? 'open' : 'closed');
  },
});
