import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  // Component tests render into the shared document: clean it between tests.
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
