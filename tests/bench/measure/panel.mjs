// Panel: from the instant the request form's container enters the DOM to the frame in which
// Vouch's panel is visible, measured inside the page (E2E build: the panel's shadow root is open).
import { LINKEDIN, pause, retryOnce } from '../lib/browser.mjs';
import { FORM_PATH } from '../pages/form.mjs';

const TIMEOUT_MS = 5_000;

/**
 * One opening of the form, in a new tab where the content script has had time to start and to
 * see that no form is open yet (as when a user clicks "Request a recommendation").
 * @returns {Promise<number | null>} milliseconds, or null when no panel showed within the timeout
 */
export async function panelRun(browser) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${LINKEDIN}${FORM_PATH}`, { waitUntil: 'load' });
    await pause(1_000);
    const alreadyThere = await page.evaluate(() => document.querySelectorAll('vouch-panel').length);
    if (alreadyThere) throw new Error('A panel was shown before the form opened: the bench page is not what it should be.');
    return await page.evaluate((timeout) => window.__benchOpenForm(timeout), TIMEOUT_MS);
  } finally {
    await page.close();
  }
}

export async function panelSection({ e2e, runs, warmups = 1, median }) {
  const times = [];
  for (let i = 0; i < warmups; i++) await panelRun(e2e);
  for (let i = 0; i < runs; i++) times.push(await retryOnce('panel', () => panelRun(e2e)));
  const shown = times.filter((t) => t !== null);
  const missed = times.length - shown.length;
  return {
    rows: [['panel', {
      value: missed ? null : median(shown),
      note: missed ? `no panel within 5 s in ${missed} of ${runs} runs` : `max ${Math.max(...shown).toFixed(1)} ms over ${runs} runs; frame-granular (checked each animation frame)`,
    }]],
    samples: { times },
  };
}
