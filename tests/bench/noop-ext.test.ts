import { noopManifest } from './lib/noop-ext.mjs';

const vouch = {
  manifest_version: 3,
  name: 'Vouch',
  version: '0.1.0',
  permissions: ['storage'],
  content_scripts: [{ matches: ['https://www.linkedin.com/*'], run_at: 'document_idle', js: ['content-scripts/linkedin.js'] }],
};

describe('noopManifest', () => {
  it("matches the same pages at the same moment, with an empty script of its own", () => {
    const m = noopManifest(vouch);
    expect(m.manifest_version).toBe(3);
    expect(m.content_scripts).toEqual([{ matches: ['https://www.linkedin.com/*'], run_at: 'document_idle', js: ['content.js'] }]);
  });
  it('asks for no permission, has no background and carries none of Vouch', () => {
    const m = noopManifest({ ...vouch, background: { service_worker: 'background.js' } });
    expect(m.permissions).toBeUndefined();
    expect(m.background).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('linkedin.js');
  });
  it('follows Vouch when its matches change', () => {
    const m = noopManifest({ ...vouch, content_scripts: [{ matches: ['https://*.linkedin.com/in/*'], all_frames: true, js: ['x.js'] }] });
    expect(m.content_scripts).toEqual([{ matches: ['https://*.linkedin.com/in/*'], all_frames: true, js: ['content.js'] }]);
  });
  it('refuses a manifest with no content script: there would be nothing to compare', () => {
    expect(() => noopManifest({ ...vouch, content_scripts: [] })).toThrow(/no content script/);
  });
});
