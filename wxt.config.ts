import { parse } from 'acorn';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
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

/**
 * Every regular-expression literal in a script is checked by V8 while it parses the script, even
 * inside functions that never run. The content script is parsed on every LinkedIn page load and
 * holds a few hundred literals (the coach's and the composer's lexicons): as `new RegExp(source,
 * flags)` they are checked when first used instead, which took ~3.5 ms off each page load's
 * compile. The same object is made each time the expression is evaluated, so nothing else changes.
 */
export function regexLiteralsToConstructors(code: string): string {
  const found: { start: number; end: number; pattern: string; flags: string }[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type?: unknown; regex?: { pattern: string; flags: string }; start: number; end: number };
    if (typeof n.type !== 'string') return;
    if (n.type === 'Literal' && n.regex) found.push({ start: n.start, end: n.end, ...n.regex });
    for (const key in n) if (key !== 'regex') walk((n as Record<string, unknown>)[key]);
  };
  walk(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  if (found.length === 0) return code;
  found.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of found) {
    const args = JSON.stringify(r.pattern) + (r.flags ? `,${JSON.stringify(r.flags)}` : '');
    out += `${code.slice(at, r.start)}(new RegExp(${args}))`;
    at = r.end;
  }
  return out + code.slice(at);
}

/** Applied to the finished (minified) chunk, so that no minifier turns them back into literals. */
function lazyRegexLiterals(): Plugin {
  return {
    name: 'vouch:lazy-regex-literals',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = regexLiteralsToConstructors(chunk.code);
    },
  };
}

/**
 * The chunks an extension page's entry imports dynamically (the dashboard's views), with the chunks
 * those import: the browser otherwise learns of them only once the entry has loaded and run, and
 * reading a file from the extension took some 20-35 ms per request in the benchmark. A
 * modulepreload link starts them with the entry.
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
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...CONTENT_SCRIPT_ALIASES, ...existing] };
      config.plugins = [...(config.plugins ?? []), lazyRegexLiterals()];
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
    // ASCII output: Chromium decodes an all-ASCII script on a fast path. One character past ASCII
    // (Dexie's U+FFFF key bound) made the dashboard's 330 KB entry take 6-14 ms of CPU to decode,
    // on the way to its first screen; escaped, it takes about 1 ms.
    build: { sourcemap: process.env.VOUCH_MAP === '1', rollupOptions: { output: { charset: 'ascii' } } },
    plugins: [noMarkupWrites(), preloadDynamicImports()],
  }),
});
