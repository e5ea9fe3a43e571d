#!/usr/bin/env node
// `npm run bench`: builds Vouch and a do-nothing extension, measures both
// side by side in headless Chromium on generated LinkedIn-like pages, and writes results.json,
// results.md (the table of docs/performance.md and the README) and samples.json into .bench/.
// Ends by itself once they are written. Exit status: 0 when every row was measured, even when a
// target is missed (the files say so); 1 when a section failed (its rows say why) or the build did.
//   --only=feed,storm,panel,pure,import,store,gzip,heap   run some sections (the rest are left out)
//   --runs=N      measured runs per variant in side-by-side sections (default 5, after a warm-up)
//   --no-build    use the builds already in .output
//   --smoke       every section once on tiny sizes (`npm test` runs this): shows that the bench
//                 runs, never how fast anything is
//   --out=DIR     where the files go (default .bench)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { PROD_BUILD, ROOT } from '../e2e/harness.mjs';
import { contactPayloads } from './data/seed.mjs';
import { bundle } from './lib/bundle.mjs';
import { chromiumVersion, dashboardPage, start } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { writeNoopExtension } from './lib/noop-ext.mjs';
import { formatMarkdown, formatTable } from './lib/report.mjs';
import { interleave } from './lib/schedule.mjs';
import { FULL, SMOKE } from './lib/sizes.mjs';
import { median, medianInterval } from './lib/stats.mjs';
import { metricRow, targetsFor } from './lib/targets.mjs';
import { feedSection } from './measure/feed.mjs';
import { gzipSection } from './measure/gzip.mjs';
import { heapSection, JITLESS } from './measure/heap.mjs';
import { importSection } from './measure/import.mjs';
import { panelSection } from './measure/panel.mjs';
import { pureSection } from './measure/pure.mjs';
import { seed, storeSection } from './measure/store.mjs';
import { stormSection } from './measure/storm.mjs';
import { feedPage } from './pages/feed.mjs';
import { formPage, FORM_PATH } from './pages/form.mjs';
import { spaPages } from './pages/spa.mjs';
import { stormPage } from './pages/storm.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const smoke = process.argv.includes('--smoke');
const base = smoke ? SMOKE : FULL;
// --runs=N sets the measured runs; the sections that need more to settle keep their own minimum.
const runs = Number(arg('runs') ?? base.runs);
const sizes = smoke
  ? base
  : { ...base, runs, feedRuns: Math.max(runs, base.feedRuns), panelRuns: Math.max(runs, base.panelRuns), storeRuns: Math.max(runs, base.storeRuns) };
const targets = targetsFor(sizes);
const OUT = resolve(ROOT, arg('out') ?? '.bench');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1_000).toFixed(0)} s`;
const log = (msg) => console.log(`[bench ${elapsed()}] ${msg}`);

mkdirSync(OUT, { recursive: true });
if (!process.argv.includes('--no-build')) {
  log('npx wxt build');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('The build failed (npx wxt build): nothing to measure.');
    process.exit(1); // nothing was started yet
  }
}
// Private copies: another build into .output during the run must not change what is measured.
const copy = (from, name) => {
  const to = join(OUT, name);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  return to;
};
const vouchExt = copy(PROD_BUILD, 'vouch-ext');
const noopExt = writeNoopExtension(vouchExt, join(OUT, 'noop-ext'));
const bundleEntry = (file) => bundle(join(ROOT, 'tests/bench/browser', file), join(OUT, 'lib'));

const measured = new Map();
const samples = {};
let chromium = 'unknown';
const common = { runs: sizes.runs, warmups: sizes.warmups, interleave, median };

/** One section: its browsers are closed whatever happens, and a failure fails its rows only. */
async function section(name, ids, body) {
  if (only && !only.includes(name)) return;
  log(`${name}…`);
  try {
    const out = await body();
    for (const [id, m] of out.rows) measured.set(id, m);
    samples[name] = out.samples;
  } catch (e) {
    console.error(`  ${name} failed:`, e);
    for (const id of ids) if (!measured.has(id)) measured.set(id, { value: null, note: `not measured: ${String(e.message ?? e).split('\n')[0]}` });
  }
}

// Interrupted (Ctrl-C, kill): close the browsers this run started, then stop.
const open = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: closing ${open.size} browser(s) and stopping.`);
    Promise.allSettled([...open].map((b) => b.close())).finally(() => process.exit(130));
  });
}

/** Starts browsers ([extension, pages, options] each), hands them to `body`, closes them. */
async function withBrowsers(launches, body) {
  const browsers = [];
  try {
    for (const [ext, pages, opts] of launches) {
      const b = await start(ext, pages, opts);
      browsers.push(b);
      open.add(b);
    }
    if (chromium === 'unknown') chromium = await chromiumVersion(browsers[0]);
    const out = await body(...browsers);
    const stray = browsers.flatMap((b) => b.blocked);
    if (stray.length) out.rows.forEach(([, m]) => (m.note = `${m.note ?? ''}; ${stray.length} request(s) left the page: ${stray[0]}`));
    return out;
  } finally {
    for (const b of browsers) {
      open.delete(b);
      await b.close().catch(() => {});
    }
  }
}

/**
 * A browser profile whose Vouch holds the store section's data: written once, by browser/seed.ts,
 * and kept under OUT/seeded/ for the next runs, since writing 300,000 events into IndexedDB takes
 * a minute or more. Its name is a hash of everything the data depends on (the seed's code, with
 * Vouch's storage code bundled in; the sizes; Chromium's version; the extension's directory, which
 * gives the extension its id and so its database), so any change seeds a new one.
 */
async function seededProfile() {
  const code = await bundleEntry('seed.ts');
  const browserVersion = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const key = createHash('sha256').update(JSON.stringify([code, sizes.contacts, sizes.events, browserVersion, vouchExt])).digest('hex').slice(0, 16);
  const dir = join(OUT, 'seeded', key);
  const info = join(dir, 'seeded.json');
  const contactIds = contactPayloads(sizes.contacts).map((p) => p.id);
  if (existsSync(info)) {
    log(`  the seeded profile ${key} is kept from an earlier run`);
    return { dir, seeded: { ...JSON.parse(readFileSync(info, 'utf8')), contactIds } };
  }
  rmSync(join(OUT, 'seeded'), { recursive: true, force: true }); // older ones
  const out = await withBrowsers([[vouchExt, {}, { userDataDir: dir }]], async (b) => ({ rows: [], seeded: await seed(b, code, sizes) }));
  if (out.seeded.contacts !== sizes.contacts || out.seeded.events !== sizes.events) {
    throw new Error(`the seed wrote ${out.seeded.contacts} contacts and ${out.seeded.events} events`);
  }
  log(`  seeded ${out.seeded.contacts} contacts and ${out.seeded.events} events in ${(out.seeded.contactsSeconds + out.seeded.eventsSeconds).toFixed(0)} s`);
  writeFileSync(info, JSON.stringify(out.seeded));
  return { dir, seeded: { ...out.seeded, contactIds } };
}

await section('gzip', ['bundle', 'gzip'], async () => gzipSection({ prodBuild: vouchExt }));
// The feed's own work (layout, paint) varies by about 5% from visit to visit, tens of milliseconds,
// more than what is measured: more visits, so that the paired differences' median settles.
await section('feed', ['feed'], () =>
  withBrowsers([[vouchExt, { '/feed/': feedPage() }], [noopExt, { '/feed/': feedPage() }]], (vouch, noop) =>
    feedSection({ ...common, medianInterval, runs: sizes.feedRuns, vouch, noop }),
  ),
);
await section('storm', ['storm', 'stormLongTasks'], () =>
  withBrowsers([[vouchExt, { '/feed/': stormPage() }], [noopExt, { '/feed/': stormPage() }]], (vouch, noop) =>
    stormSection({ ...common, ms: sizes.stormMs, warmupMs: sizes.stormWarmupMs, vouch, noop }),
  ),
);
await section('panel', ['panel'], () =>
  withBrowsers([[vouchExt, { [FORM_PATH]: formPage() }]], (vouch) => panelSection({ ...common, runs: sizes.panelRuns, vouch })),
);
await section('pure', ['coach', 'requestChecks'], () =>
  withBrowsers([[vouchExt, {}]], async (b) => pureSection({ ...common, page: await dashboardPage(b), bundleEntry })),
);
await section('import', ['import'], () =>
  withBrowsers([[vouchExt, {}]], async (b) => importSection({ ...common, connections: sizes.connections, page: await dashboardPage(b), bundleEntry })),
);
// The store: the data is written in a browser of its own into a profile that is kept (see
// seededProfile), and measured in a fresh browser on a copy of it, as after a restart, so that
// nothing of the seeding (its memory, the database's compaction behind the writes) weighs on what
// is measured, and nothing the measuring writes changes the kept profile.
// The dashboard's first screen moves by tens of milliseconds from one reload to the next on a busy
// host (its page's files and its first read wait on the browser's threads): more reloads, so that
// the median settles. These browsers open only Vouch's own pages, with no request interception.
await section('store', ['summary', 'dashboard', 'ledger'], async () => {
  const { dir, seeded } = await seededProfile();
  const profile = join(OUT, 'store-profile');
  rmSync(profile, { recursive: true, force: true });
  cpSync(dir, profile, { recursive: true });
  try {
    return await withBrowsers([[vouchExt, {}, { userDataDir: profile }]], (browser) => storeSection({ browser, seeded, sizes, median }));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
await section('heap', ['heap'], () =>
  withBrowsers([[vouchExt, spaPages()], [noopExt, spaPages()], [vouchExt, spaPages(), { args: JITLESS }]], (vouch, noop, vouchJitless) =>
    heapSection({ ...common, runs: sizes.heapRuns, early: sizes.heapEarly, late: sizes.heapLate, vouch, noop, vouchJitless }),
  ),
);

const results = {
  machine: machine(chromium),
  sizes: sizes.name,
  metrics: Object.keys(targets)
    .filter((id) => measured.has(id) || !only)
    .map((id) => metricRow(id, measured.get(id) ?? { value: null, note: 'not measured' }, targets)),
};
const load = loadavg().map((x) => x.toFixed(1)).join(' ');
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(OUT, 'samples.json'), JSON.stringify({ sizes, load, samples }, null, 2) + '\n');
writeFileSync(join(OUT, 'results.md'), formatMarkdown(results, new Date().toISOString().slice(0, 10)));
console.log(`\n${formatTable(results)}`);
const missed = results.metrics.filter((m) => !m.pass).length;
const unmeasured = results.metrics.filter((m) => m.value === null);
console.log(`\n${results.metrics.length - missed} of ${results.metrics.length} targets met; whole run ${elapsed()}; load average at the end ${load}.`);
console.log(`Wrote ${join(OUT, 'results.json')}, results.md and samples.json.`);
if (unmeasured.length) console.error(`Not measured: ${unmeasured.map((m) => m.name.split(':')[0]).join(', ')} (see the notes).`);
process.exitCode = unmeasured.length ? 1 : 0;

// Every browser is closed by now and nothing else is left running, so Node ends here. Should
// something still hold it (a bug), say what and end anyway rather than leave the user waiting.
setTimeout(() => {
  console.error(`Still running 10 s after the results were written (${process.getActiveResourcesInfo().join(', ')}): stopping.`);
  process.exit(1);
}, 10_000).unref();
