// The do-nothing extension: what any extension on linkedin.com costs, the floor Vouch is measured
// against. It matches the same pages at the same moment as Vouch's content script and runs an
// empty one. Nothing else: no background, no listener, no permission (the browser harness waits
// for a service worker only when the manifest has one).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The do-nothing manifest for a built Vouch manifest: same content-script matches and timing. */
export function noopManifest(vouch) {
  const scripts = (vouch.content_scripts ?? []).map((cs) => {
    const entry = { matches: cs.matches, js: ['content.js'] };
    for (const key of ['run_at', 'all_frames', 'exclude_matches', 'world']) if (cs[key] !== undefined) entry[key] = cs[key];
    return entry;
  });
  if (scripts.length === 0) throw new Error('The Vouch manifest has no content script to mirror.');
  return {
    manifest_version: 3,
    name: 'Do-nothing (Vouch bench baseline)',
    version: '1.0.0',
    content_scripts: scripts,
  };
}

/** Writes the do-nothing extension beside the results, from Vouch's built manifest. */
export function writeNoopExtension(vouchDir, outDir) {
  const vouch = JSON.parse(readFileSync(join(vouchDir, 'manifest.json'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(noopManifest(vouch), null, 2));
  writeFileSync(join(outDir, 'content.js'), '// intentionally empty\n');
  return outDir;
}
