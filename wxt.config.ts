import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * Kept because Firefox's linter (`npm run lint:firefox`) still warns without it: React's unused
 * `dangerouslySetInnerHTML` path becomes a text write (Vouch never writes markup:
 * tests/trust/source-rules.test.ts).
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

/**
 * The chunks an extension page's entry imports dynamically (the dashboard's views), with the chunks
 * those import: the browser otherwise learns of them only once the entry has loaded and run, and
 * each file read from the extension is a round trip of its own. A modulepreload link starts them
 * with the entry.
 */
export function dynamicImportPreloads(ctx: Pick<IndexHtmlTransformContext, 'bundle' | 'chunk'>): string[] {
  const { bundle, chunk } = ctx;
  if (!bundle || !chunk) return [];
  const found = new Set<string>();
  const visit = (fileName: string) => {
    const c = bundle[fileName];
    if (!c || c.type !== 'chunk' || found.has(fileName) || fileName === chunk.fileName) return;
    found.add(fileName);
    c.imports.forEach(visit);
  };
  chunk.dynamicImports.forEach(visit);
  return [...found].filter((f) => !chunk.imports.includes(f));
}

function preloadDynamicImports(): Plugin {
  return {
    name: 'vouch:preload-dynamic-imports',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        dynamicImportPreloads(ctx).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        })),
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  imports: false,
  // The messages live with the code that shows them (components/i18n/), not in a top-level folder.
  i18n: { localesDir: fileURLToPath(new URL('./components/i18n/locales', import.meta.url)) },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome's `sidePanel` is added by WXT for the side panel page; Firefox's sidebar needs none.
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'Vouch' },
    // Alt+Shift+V opens the panel: Chrome's side panel through the toolbar button's own command,
    // Firefox's sidebar through its own.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_openVouch__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_openVouch__' } },
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
    // ASCII output: Chromium decodes an all-ASCII script on a fast path. One character past ASCII
    // (Dexie's U+FFFF key bound) sent the dashboard's whole entry down the slow path, on the way to
    // its first screen.
    build: { sourcemap: process.env.VOUCH_MAP === '1', rollupOptions: { output: { charset: 'ascii' } } },
    plugins: [noMarkupWrites(), preloadDynamicImports()],
  }),
});
