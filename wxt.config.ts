import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The production build closes the panel's shadow root; the E2E build (`WXT_E2E=1 wxt build`, into
// .output/chrome-mv3-e2e) opens it so that Playwright can look inside. Nothing else differs: both
// are production builds, with the same minified code and production React and Preact.
const E2E = process.env.WXT_E2E === '1';

/**
 * The content script runs on every LinkedIn page, so its size is a cost every user pays on every
 * visit: its React components are compiled against preact/compat (the same API in ~5 KB instead
 * of ~60 KB gzipped). The dashboard and all component tests use React itself; the end-to-end
 * tests exercise the content script exactly as it ships.
 */
const CONTENT_SCRIPT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Vouch never writes markup (tests/trust/source-rules.test.ts), but React and Preact carry a path
 * for `dangerouslySetInnerHTML`. It is compiled into a text write, so that no bundle can turn a
 * string into markup and the Firefox linter finds no unsafe assignment. Literal templates (React's
 * `<script></script>` probe) are left alone.
 */
function noMarkupWrites(): Plugin {
  return {
    name: 'vouch:no-markup-writes',
    renderChunk(code) {
      const out = code.replace(/\.innerHTML\s*=(?!=)(?!\s*[`'"])/g, '.textContent=');
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...CONTENT_SCRIPT_ALIASES, ...existing] };
    },
  },
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${E2E ? '-e2e' : ''}`,
  manifest: ({ browser }) => ({
    name: 'Vouch',
    description:
      'Ask for, write and return LinkedIn recommendations well. Everything stays on your computer.',
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'Open the Vouch dashboard' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vouch@vouch-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // VOUCH_MAP=1 adds source maps, to see what the content script is made of (not shipped).
    build: { sourcemap: process.env.VOUCH_MAP === '1' },
    plugins: [noMarkupWrites()],
  }),
});
