import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMOKE } from '../bench/lib/sizes.mjs';
import { TARGETS, targetsFor, type MetricRow } from '../bench/lib/targets.mjs';
import { ROOT } from './harness.mjs';

/**
 * The benchmark's smoke run: `npm run bench --smoke`, every section once on tiny sizes with both
 * extensions, against the builds `npm test` has just made. It checks that the bench runs, ends by
 * itself and gives every row a figure, never how fast anything is: no timing is asserted.
 */

/** Far above the minute the smoke run takes on a busy 2-core machine; it only stops a hung bench. */
const LIMIT_MS = 300_000;

let out: string;
let run: { code: number | null; signal: string | null; stdout: string; stderr: string };

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'vouch-bench-smoke-'));
  run = await new Promise((done) => {
    execFile(
      process.execPath,
      ['tests/bench/bench.mjs', '--smoke', '--no-build', `--out=${out}`],
      { cwd: ROOT, timeout: LIMIT_MS, killSignal: 'SIGTERM', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? null) : 0, signal: (error as { signal?: string } | null)?.signal ?? null, stdout, stderr }),
    );
  });
}, LIMIT_MS + 30_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const rows = (): MetricRow[] => JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).metrics;
const why = () => `exit ${run.code}, signal ${run.signal}\n${run.stderr.slice(-3_000)}\n${run.stdout.slice(-3_000)}`;

describe('the benchmark (smoke run)', () => {
  it('ends by itself with exit status 0', () => {
    expect(run.signal, why()).toBeNull();
    expect(run.code, why()).toBe(0);
  });

  it('writes its results files', () => {
    for (const file of ['results.json', 'results.md', 'samples.json']) expect(existsSync(join(out, file)), file).toBe(true);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toMatch(/^\| metric \| Vouch \|/m);
  });

  it.each(Object.keys(TARGETS))('gives the %s row a figure', (id) => {
    const name = targetsFor(SMOKE)[id as keyof typeof TARGETS].name;
    const row = rows().find((r) => r.name === name);
    expect(row, `no row "${name}"\n${why()}`).toBeDefined();
    expect(row!.value, `${name}: ${row!.note}`).toEqual(expect.any(Number));
    expect(Number.isFinite(row!.value), `${name}: ${row!.note}`).toBe(true);
  });
});
