// Import: an export of 30,000 connections (LinkedIn's limit) parsed, checked as the background checks the import
// message, and stored by Vouch's own code (bundled), in an extension page against the browser's
// real IndexedDB, into a fresh database each run.
import { loadBundle } from '../lib/browser.mjs';

export async function importRun(page, code, { connections = 30_000, run = 0 } = {}) {
  await loadBundle(page, code);
  return page.evaluate(([n, name]) => globalThis.__vouchBench.run(n, name), [connections, `vouch-bench-import-${run}`]);
}

export async function importSection({ page, bundleEntry, runs, warmups = 1, median, connections = 30_000 }) {
  const code = await bundleEntry('import.ts');
  const all = [];
  for (let run = 0; run < warmups + runs; run++) all.push(await importRun(page, code, { connections, run }));
  const measured = all.slice(warmups);
  const med = (k) => median(measured.map((r) => r[k]));
  const s = measured[0].summary;
  return {
    rows: [['import', {
      value: med('totalMs') / 1_000,
      note: `parse ${med('parseMs').toFixed(0)} ms + JSON and schema check ${med('checkMs').toFixed(0)} ms + store ${med('storeMs').toFixed(0)} ms (medians of ${runs}); ${measured[0].contacts} contacts, ${s.eventsAdded} recommendations, ${s.ambiguities} questions; bundled parse+merge in an extension page, real IndexedDB`,
    }]],
    samples: all,
  };
}
