// The content script as LinkedIn's pages load it: its size, and compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSection({ prodBuild }) {
  const path = join(prodBuild, 'content-scripts/linkedin.js');
  const raw = readFileSync(path);
  const gz = gzipSync(raw).byteLength;
  const best = gzipSync(raw, { level: 9 }).byteLength;
  return {
    rows: [
      ['bundle', { value: raw.byteLength / 1_000, note: `${raw.byteLength.toLocaleString('en-US')} bytes, the whole content script as every LinkedIn page loads it; 1 kB = 1,000 bytes` }],
      ['gzip', { value: gz / 1_000, note: `${gz.toLocaleString('en-US')} bytes gzipped (default level; ${best.toLocaleString('en-US')} at -9), ${raw.byteLength.toLocaleString('en-US')} bytes raw; 1 kB = 1,000 bytes` }],
    ],
    samples: { raw: raw.byteLength, gzip: gz, gzip9: best },
  };
}
