// Vouch's data with 30,000 contacts and 300,000 events (LinkedIn's limit of connections, ten
// events each), written by Vouch's own storage code into the background's real IndexedDB in a
// browser of its own; then, in a fresh browser on a copy of that profile, one contact's summary
// and the dashboard's ledger against it.
import { loadBundle, messagePage, dashboardPage } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';

/**
 * Fills Vouch's database from one of its extension pages with the bundled seed (browser/seed.ts):
 * `contacts` contacts and `events` events spread over them.
 */
export async function seed(browser, code, { contacts, events }) {
  const page = await messagePage(browser);
  try {
    await loadBundle(page, code);
    return await page.evaluate(([c, e]) => globalThis.__vouchBench.run(c, e), [contacts, events]);
  } finally {
    await page.close();
  }
}

/** Median round trip of `contact.summary` from the dashboard, over contacts taken across the data. */
export async function summaryRoundTrips(page, contactIds, { warmup = 20, samples = 200 } = {}) {
  const step = Math.max(1, Math.floor(contactIds.length / (warmup + samples)));
  const ids = Array.from({ length: warmup + samples }, (_, i) => contactIds[(i * step) % contactIds.length]);
  const { times, errors, events } = await page.evaluate(
    async ([ids, warmup]) => {
      const times = [];
      const errors = [];
      let events = 0;
      for (const [i, contactId] of ids.entries()) {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({ vouch: 1, type: 'contact.summary', payload: { contactId } });
        const t = performance.now() - t0;
        if (!reply?.ok) errors.push(reply?.error ?? 'no reply');
        else if (i >= warmup) {
          times.push(t);
          events += reply.data.recent.length;
        }
      }
      return { times, errors: errors.slice(0, 3), events };
    },
    [ids, warmup],
  );
  if (errors.length) throw new Error(`contact.summary failed: ${errors.join('; ')}`);
  return { medianMs: median(times), samples: times.length, recentEvents: events };
}

/** The ledger's data for the whole network: what the dashboard must fetch before it can draw. */
export async function ledgerRoundTrip(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ vouch: 1, type: 'ledger.list', payload: {} });
    return { ms: performance.now() - t0, ok: !!reply?.ok, rows: reply?.ok ? reply.data.length : 0, error: reply?.ok ? undefined : reply?.error };
  });
}

export const LEDGER_MARK = 'vouch:ledger-ready';
/** Set when the whole ledger has replaced the first screenful. */
export const LEDGER_FULL_MARK = 'vouch:ledger-full';
/** The dashboard's steps before its first screen, marked by its entry point (`preview-early`: the first screen came from the page's first script). */
export const STEP_MARKS = ['dashboard-start', 'db-open', 'views-loaded', 'preview-read', 'preview-early'];

/**
 * Reloads the dashboard and reads when the ledger's first rows were in the page (React's commit),
 * from the navigation's start, with the time of each step before it and of the frame that showed
 * them. Null when the dashboard sets no such mark within the wait. Before it returns, the page is
 * left to finish reading the whole ledger: a reload in the middle of that read would make the next
 * page's database open wait behind it, which no one opening the dashboard meets.
 */
export async function dashboardRun(page, waitMs = 10_000) {
  await page.reload({ waitUntil: 'load' });
  return page.evaluate(
    ([mark, fullMark, steps, waitMs]) =>
      new Promise((done) => {
        const t0 = performance.now();
        const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
        let drawn = null;
        const look = () => {
          drawn ??= at(mark);
          if (drawn !== null && at(fullMark) !== null) {
            // The frame that showed them: the page draws nothing before the ledger's first screen,
            // so it is the page's first contentful paint.
            const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
            return done({ ms: drawn, painted, full: at(fullMark), steps: Object.fromEntries(steps.map((s) => [s, at(`vouch:${s}`)])) });
          }
          if (performance.now() - t0 > waitMs) return done(drawn === null ? null : { ms: drawn, steps: {} });
          setTimeout(look, 20);
        };
        look();
      }),
    [LEDGER_MARK, LEDGER_FULL_MARK, STEP_MARKS, waitMs],
  );
}

/**
 * @param {{ browser: object, seeded: { contactIds: string[], contacts: number, events: number, contactsSeconds: number, eventsSeconds: number }, sizes: import('../lib/sizes.mjs').Sizes, median: (xs: number[]) => number }} o
 */
export async function storeSection({ browser, seeded, sizes }) {
  const rows = [];
  const runs = sizes.storeRuns;
  const quiet = await messagePage(browser);
  const summary = await summaryRoundTrips(quiet, seeded.contactIds, { warmup: sizes.summaryWarmup, samples: sizes.summarySamples });
  const data = `${seeded.contacts.toLocaleString('en-US')} contacts and ${seeded.events.toLocaleString('en-US')} events, seeded in ${(seeded.contactsSeconds + seeded.eventsSeconds).toFixed(0)} s`;
  rows.push(['summary', { value: summary.medianMs, note: `median of ${summary.samples} round trips from an extension page, message passing included; ${data}` }]);

  const ledger = await ledgerRoundTrip(quiet);
  await quiet.close();
  const page = await dashboardPage(browser);
  const ledgerNote = `ledger.list for ${ledger.rows} contacts takes ${ledger.ms.toFixed(0)} ms${ledger.ok ? '' : ` (${ledger.error})`}`;
  const first = await dashboardRun(page, 30_000);
  if (first === null) {
    const note = `the dashboard sets no "${LEDGER_MARK}" mark; ${ledgerNote}`;
    rows.push(['dashboard', { value: null, note }], ['ledger', { value: null, note }]);
    return { rows, samples: { seeded: { contacts: seeded.contactIds.length }, summary, ledger } };
  }
  const runsDone = [];
  for (let i = 0; i < runs; i++) runsDone.push(await dashboardRun(page, 30_000));
  const drawn = runsDone.filter((r) => r !== null);
  const size = await page.evaluate(() => `${innerWidth}×${innerHeight}`);
  const painted = drawn.map((r) => r.painted).filter((t) => typeof t === 'number');
  const paintNote = painted.length
    ? `; the frame showing it was presented at ${median(painted).toFixed(0)} ms (median first contentful paint: this headless browser rasterises and composites in software)`
    : '';
  const whole = runsDone.map((r) => r?.full);
  const wholeDone = whole.filter((t) => typeof t === 'number');
  const step = (name) => {
    const times = drawn.map((r) => r.steps[name]).filter((t) => typeof t === 'number');
    return times.length ? `${name} ${median(times).toFixed(0)}` : `${name} —`;
  };
  const how = `from navigation start in a ${size} window, median of ${runs} reloads after one warm-up, each once the page before had read the whole ledger`;
  rows.push([
    'dashboard',
    {
      value: drawn.length === runs ? median(drawn.map((r) => r.ms)) : null,
      note: `${how}; steps (ms, medians): ${STEP_MARKS.map(step).join(', ')}; first screen read by the page's first script in ${drawn.filter((r) => typeof r.steps['preview-early'] === 'number').length} of ${drawn.length}${paintNote}; ${data}`,
    },
  ]);
  rows.push([
    'ledger',
    {
      value: wholeDone.length === runs ? median(wholeDone) / 1_000 : null,
      note: `every row in the page (what sorting and filters need), ${how}${wholeDone.length === runs ? '' : `; not there within 30 s in ${runs - wholeDone.length} of ${runs}`}; ${ledgerNote}`,
    },
  ]);
  return { rows, samples: { summary, ledger, dashboard: runsDone } };
}
