import { defineContentScript } from '#imports';
import { startVouch } from '@/components/linkedin/router';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage a "script started" note carrying the extension's id:
  // LinkedIn's scripts could fingerprint Vouch by it, and their message listeners ran on every
  // page load. Its DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startVouch(ctx);
  },
});
