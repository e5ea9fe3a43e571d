import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBrowserLanguage } from './i18n/fake-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  // The browser speaks English unless a test says otherwise.
  fakeBrowserLanguage('en', 'en-US');
});

afterEach(async () => {
  // Component tests render into the shared document: clean it between tests.
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
