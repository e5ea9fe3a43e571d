import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.mjs';

/** A PNG's size, from its header. */
function pngSize(file: string) {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('npm run demo -- --headless', () => {
  it("walks the bundled pages, each with Vouch's side panel beside it, and saves the screenshots, printing their paths", () => {
    // The build the suite already made is the one to show (the demo builds it itself when run by hand).
    const r = spawnSync('node', ['tests/demo/demo.mjs', '--headless', '--no-build'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const shots = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const file of shots) {
      expect(existsSync(file), file).toBe(true);
      pngSize(file);
    }
    // Each LinkedIn page is one picture: the page, the browser's divider, and the side panel at its
    // right (the demo fails rather than save one whose panel did not show the page's panel).
    const { page, panel, divider } = JSON.parse(readFileSync(join(ROOT, '.demo/screenshots.json'), 'utf8'));
    const stops = shots.filter((f) => /^[123]-/.test(basename(f)));
    expect(stops.map((f) => basename(f))).toEqual(['1-profile.png', '2-request-form.png', '3-write-form.png']);
    for (const file of stops) expect(pngSize(file), file).toEqual({ width: page.width + divider + panel.width, height: page.height });
  }, 150_000);
});
