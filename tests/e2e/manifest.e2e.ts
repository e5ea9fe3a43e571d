import { strFromU8, unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.mjs';

type Manifest = Record<string, any>;
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
// The end-to-end tests run the Chrome build itself: there is no separate test build any more.
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv3' } as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(Object.entries(BUILDS))('built manifest (%s)', (browser, dir) => {
  const m = read(dir);

  it('is Manifest V3 named Vouch, in each of its five languages', () => {
    expect(m.manifest_version).toBe(3);
    // The name and description are messages: the browser reads them in its own language.
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.default_locale).toBe('en');
    const locales = readdirSync(join(ROOT, '.output', dir, '_locales')).sort();
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'pt_BR']);
    for (const lang of locales) {
      const messages = JSON.parse(readFileSync(join(ROOT, '.output', dir, '_locales', lang, 'messages.json'), 'utf8'));
      expect(messages.extName.message, lang).toBe('Vouch');
      expect(messages.extDescription.message, lang).toMatch(/LinkedIn/);
    }
  });

  it(`asks only for storage, unlimitedStorage${browser === 'firefox' ? '' : ' and sidePanel'}`, () => {
    // Firefox's sidebar needs no permission; Chrome's side panel needs `sidePanel`. Nothing else:
    // no tabs, no scripting, no host permissions (the content script's match is enough).
    const expected = browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['sidePanel', 'storage', 'unlimitedStorage'];
    expect([...(m.permissions ?? [])].sort()).toEqual(expected);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('has exactly one content script, on www.linkedin.com, top frame only', () => {
    expect(m.content_scripts).toHaveLength(1);
    const [cs] = m.content_scripts;
    expect(cs.matches).toEqual(['https://www.linkedin.com/*']);
    expect(cs.all_frames ?? false).toBe(false);
    expect(cs.match_about_blank ?? false).toBe(false);
    expect(cs.css ?? []).toEqual([]);
  });

  it('exposes no web-accessible resources and accepts no outside connections', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it("locks extension pages to their own scripts and no network", () => {
    const csp: string = m.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).toMatch(/(^|;)\s*connect-src 'none'\s*(;|$)/);
  });

  it('has its own icon at every size the stores and the toolbar use, shipped in the build', () => {
    expect(Object.keys(m.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, file] of Object.entries<string>(m.icons)) {
      const png = readFileSync(join(ROOT, '.output', dir, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
    }
  });

  it('opens Vouch beside the page from the toolbar button and Alt+Shift+V, with no popup', () => {
    expect(m.action).toBeDefined();
    expect(m.action.default_popup).toBeUndefined();
    if (browser === 'firefox') {
      expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
      expect(m.side_panel).toBeUndefined();
      expect(Object.keys(m.commands ?? {})).toEqual(['_execute_sidebar_action']);
    } else {
      expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
      expect(m.sidebar_action).toBeUndefined();
      expect(Object.keys(m.commands ?? {})).toEqual(['_execute_action']);
    }
    const [command] = Object.values<{ suggested_key?: { default?: string } }>(m.commands);
    expect(command!.suggested_key?.default).toBe('Alt+Shift+V');
    const panelPage = readFileSync(join(ROOT, '.output', dir, 'sidepanel.html'), 'utf8');
    expect(panelPage).toMatch(/<script\b[^>]*\bsrc="\/chunks\/sidepanel-[\w-]+\.js"/);
  });

  if (browser === 'firefox') {
    it('declares a gecko id, a minimum version and no data collection', () => {
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(Number.parseFloat(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });
  } else {
    it('has a module service worker as background', () => {
      expect(m.background.service_worker).toBe('background.js');
    });
  }

  it("starts the dashboard's first read and its views' code with the page, not after its main code has run", () => {
    const html = readFileSync(join(ROOT, '.output', dir, 'dashboard.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
    // The small first script comes before the main code, and holds no Dexie or React.
    expect(scripts[0]).toBe('dashboard-first-screen.js');
    expect(scripts[1]).toMatch(/^chunks\/dashboard-[\w-]+\.js$/);
    const first = readFileSync(join(ROOT, '.output', dir, scripts[0]!), 'utf8');
    expect(first.length).toBeLessThan(4_000);
    expect(first).not.toMatch(/Dexie|createElement/);
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
    const views = preloaded.find((f) => /\/DashboardApp-[\w-]+\.js$/.test(f));
    expect(views, preloaded.join(', ')).toBeDefined();
    expect(readFileSync(join(ROOT, '.output', dir, scripts[1]!), 'utf8')).toContain(views!.replace(/^chunks\//, ''));
  });

  it('ships every script and page in ASCII: the browser decodes such a file on its fast path', () => {
    // One character past ASCII in the dashboard's entry made Chromium decode its 330 KB as UTF-16,
    // 6-14 ms of CPU before the first screen; escaped by the build (charset: 'ascii'), about 1 ms.
    // The messages in _locales/ are read by the browser's i18n, not parsed as scripts: they may be UTF-8.
    const files = filesUnder(join(ROOT, '.output', dir)).filter((f) => /\.(?:js|html|json)$/.test(f) && !f.includes('/_locales/'));
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `${file}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`).toBe(-1);
    }
  });

  it('ships no eval, new Function or markup writes from strings in any bundle', () => {
    for (const file of filesUnder(join(ROOT, '.output', dir)).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(/);
      expect(code, file).not.toMatch(/new Function\(/);
      expect(code, file).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=(?!=)(?!\s*[`'"])|insertAdjacentHTML|document\.write\(/);
    }
  });
});

describe('store packages', () => {
  it('npm run zip makes production Chrome and Firefox zips, each with its manifest', () => {
    // Vitest sets NODE_ENV=test, and Vite keeps an inherited NODE_ENV: the packages must be built
    // as a user's `npm run zip` builds them.
    const r = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NODE_ENV: 'production' } });
    expect(r.status, r.stderr).toBe(0);
    const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
    for (const browser of ['chrome', 'firefox']) {
      const zip = zips.find((f) => f.endsWith(`-${browser}.zip`));
      expect(zip, browser).toBeDefined();
      const files = unzipSync(readFileSync(join(ROOT, '.output', zip!)));
      expect(Object.keys(files)).toContain('manifest.json');
      expect(Object.keys(files)).toContain('content-scripts/linkedin.js');
      // A production build: no development JSX runtime, no paths from the machine that built it.
      const script = strFromU8(files['content-scripts/linkedin.js']!);
      expect(script).not.toContain('jsxDEV');
      expect(script).not.toContain(ROOT);
    }
  }, 200_000);
});

describe('Firefox package', () => {
  it('passes web-ext lint with no errors or warnings', () => {
    const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(ROOT, '.output/firefox-mv3'), '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    const problems = [...report.errors, ...report.warnings].map((p: { code: string; message: string; file?: string }) => `${p.code} ${p.file ?? ''}: ${p.message}`);
    expect(problems).toEqual([]);
  }, 150_000);
});
