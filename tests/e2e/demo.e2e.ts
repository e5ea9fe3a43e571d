import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.mjs';

describe('npm run demo -- --headless', () => {
  it('walks the bundled pages with Vouch on them and saves at least three screenshots, printing their paths', () => {
    // The build the suite already made is the one to show (the demo builds it itself when run by hand).
    const r = spawnSync('node', ['tests/demo/demo.mjs', '--headless', '--no-build'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const shots = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const file of shots) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  }, 150_000);
});
