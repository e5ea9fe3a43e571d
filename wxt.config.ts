import { defineConfig } from 'wxt';

// The production build closes the panel's shadow root; the E2E build (`--mode e2e`) opens it so
// that Playwright can look inside. Nothing else differs between the two.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
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
          },
        }
      : {}),
  }),
  vite: () => ({
    build: { sourcemap: false },
  }),
});
