#!/usr/bin/env node
// `npm test`: type-check, unit and component tests, the two builds, then the end-to-end suite in
// real headless Chromium, the benchmark's smoke run among it (tests/e2e/bench.e2e.ts: every
// section once on tiny sizes, each row counted). Every suite runs even when an earlier one fails;
// the last line is the total over all of them, "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

function vitest(label, args) {
  const file = join(out, `${label}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
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

console.log('\nSuites:');
for (const r of results) console.log(`  ${r.label.padEnd(14)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
