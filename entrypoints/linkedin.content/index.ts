import { defineContentScript } from '#imports';
import { startVouch } from './router';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The E2E build opens the shadow root so that tests can look inside; production keeps it closed.
    startVouch(ctx, import.meta.env.WXT_E2E === '1' ? 'open' : 'closed');
  },
});
