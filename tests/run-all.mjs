#!/usr/bin/env node
// `npm test`: type-check, unit and component tests, the two builds, then the end-to-end suites in
// real headless Chromium, the benchmark's smoke run among it (tests/e2e/bench.e2e.ts: every
// section once on tiny sizes, each row counted), and then in Firefox ESR. Every suite runs even
// when an earlier one fails; the last line is the total over all of them, "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findFirefox } from './e2e-firefox/harness.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'tests/.artifacts');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const results = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${r.status})`);
  return r.status === 0;
}

function vitest(label, args, env) {
  const file = join(out, `${label}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    // A file that fails to load counts as one failure even though no test in it ran.
    const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    const failed = json.numFailedTests + brokenFiles;
    // Vitest can fail outside any test (an unhandled error or rejection): that is a failure too.
    results.push({ label, passed: json.numPassedTests, failed: failed === 0 && !ok ? 1 : failed, skipped: json.numPendingTests + json.numTodoTests });
  } catch {
    results.push({ label, passed: 0, failed: 1, skipped: 0 });
  }
  return ok;
}

function step(label, cmd, args, env) {
  const ok = run(label, cmd, args, env);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit', []);
const built =
  step('build chrome', 'npx', ['wxt', 'build']) &
  step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) vitest('e2e', ['-c', 'tests/e2e/vitest.config.ts']);
else results.push({ label: 'e2e', passed: 0, failed: 1, skipped: 0 });

// Firefox: a machine without it fails in CI (.ci/run installs firefox-esr), and is skipped, saying
// so, when someone runs the tests by hand.
const firefox = findFirefox();
const inCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
if (!firefox && inCI) {
  console.error('\n✗ e2e-firefox: no Firefox on this machine (firefox-esr or firefox on the PATH, or $FIREFOX_PATH). CI must run the Firefox suite: .ci/run installs firefox-esr.');
  results.push({ label: 'e2e-firefox', passed: 0, failed: 1, skipped: 0 });
} else if (!firefox) {
  console.log('\n⚠ e2e-firefox: SKIPPED, no Firefox on this machine. Install it (apt-get install firefox-esr) or set FIREFOX_PATH to run the Firefox suite.');
  results.push({ label: 'e2e-firefox', passed: 0, failed: 0, skipped: 1 });
} else if (built) {
  vitest('e2e-firefox', ['-c', 'tests/e2e-firefox/vitest.config.ts'], { FIREFOX_PATH: firefox });
} else {
  results.push({ label: 'e2e-firefox', passed: 0, failed: 1, skipped: 0 });
}

console.log('\nSuites:');
for (const r of results) console.log(`  ${r.label.padEnd(14)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
