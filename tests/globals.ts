import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The fake browser as the global `browser` before any module reads it: @wxt-dev/i18n (through
// @wxt-dev/browser) takes the global when it loads, and tests/setup.ts loads it.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
