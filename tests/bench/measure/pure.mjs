// Coach and request checks: the pure functions the panel runs on each keystroke, bundled with
// Vite and timed in an extension page (Chromium's V8, as for users), median per call.
import { loadBundle } from '../lib/browser.mjs';
import { earlierRequests, recommendationText, requestMessage } from '../data/texts.mjs';
import { rng } from '../pages/markup.mjs';

export async function coachTiming(page, code) {
  await loadBundle(page, code);
  const text = recommendationText(3_000);
  const timing = await page.evaluate((text) => globalThis.__vouchBench.run(text), text);
  return { ...timing, chars: text.length };
}

export async function requestTiming(page, code) {
  await loadBundle(page, code);
  const sentBefore = earlierRequests(1_000);
  // The message being written resembles the earlier ones, so the near-duplicate check has work to do.
  const message = requestMessage('Jane', rng(99));
  const timing = await page.evaluate(([m, s]) => globalThis.__vouchBench.run(m, s), [message, sentBefore]);
  return { ...timing, earlier: sentBefore.length, chars: message.length };
}

/** Each function's row; a bundle that does not build (the feature is not there) fails its own row only. */
export async function pureSection({ page, bundleEntry }) {
  const rows = [];
  const samples = {};
  for (const [id, entry, time] of [
    ['coach', 'coach.ts', coachTiming],
    ['requestChecks', 'request.ts', requestTiming],
  ]) {
    try {
      const t = await time(page, await bundleEntry(entry));
      samples[id] = t;
      rows.push([id, { value: t.median, note: `first (cold) call ${t.first.toFixed(1)} ms; ${t.chars} characters${t.earlier ? `, ${t.earlier} earlier messages` : ''}` }]);
    } catch (e) {
      rows.push([id, { value: null, note: `not measured: ${String(e.message ?? e).split('\n')[0]}` }]);
    }
  }
  return { rows, samples };
}
