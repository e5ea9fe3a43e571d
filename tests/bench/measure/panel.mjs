// Panel: from the instant LinkedIn's request form enters the page to the moment Vouch's side panel
// shows the composer for it, ready to fill: the content script reads the form, the background keeps
// the report, and the side panel (its page, bound to the tab) draws it.
import { tabIdOf } from '../../e2e/harness.mjs';
import { LINKEDIN, pause, retryOnce } from '../lib/browser.mjs';
import { FORM_PATH } from '../pages/form.mjs';

const TIMEOUT_MS = 5_000;

/** In the side panel's page: resolves with the time the composer, ready to fill, is in it. */
const WATCH = (timeout) =>
  new Promise((done) => {
    const ready = () =>
      document.querySelector('section.vouch-panel[aria-label^="Vouch: Ask"]') &&
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Use this message' && !b.disabled);
    if (ready()) return done(-1);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      done(performance.timeOrigin + performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => (observer.disconnect(), done(null)), timeout);
  });

/**
 * One opening of the form, on a profile whose panel is on screen (as when the user clicks "Request
 * a recommendation" in the profile's More menu).
 * @returns {Promise<number | null>} milliseconds, or null when the panel did not show the form in time
 */
export async function panelRun(browser) {
  const page = await browser.context.newPage();
  const side = await browser.context.newPage();
  try {
    await page.goto(`${LINKEDIN}${FORM_PATH}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser.worker, page);
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await side.locator('section.vouch-panel[aria-label^="Vouch: Where you stand"]').waitFor({ timeout: TIMEOUT_MS });
    await page.bringToFront();
    await pause(500);
    const shown = side.evaluate(WATCH, TIMEOUT_MS);
    const opened = await page.evaluate(() => window.__benchOpenForm());
    const at = await shown;
    if (at === -1) throw new Error('The side panel showed the form before it opened: the bench page is not what it should be.');
    return at === null ? null : at - opened;
  } finally {
    await side.close();
    await page.close();
  }
}

export async function panelSection({ vouch, runs, median, warmups = 1 }) {
  const times = [];
  for (let i = 0; i < warmups; i++) await panelRun(vouch);
  for (let i = 0; i < runs; i++) times.push(await retryOnce('panel', () => panelRun(vouch)));
  const shown = times.filter((t) => t !== null);
  const missed = times.length - shown.length;
  const max = shown.length ? Math.max(...shown) : null;
  return {
    rows: [['panel', {
      value: missed ? null : median(shown),
      max,
      note: missed
        ? `the side panel did not show the form within 5 s in ${missed} of ${runs} runs`
        : `max ${max.toFixed(1)} ms over ${runs} runs; from the form's insertion in the LinkedIn tab to the composer ready in the side panel's page, on the clock both pages share`,
    }]],
    samples: { times },
  };
}
