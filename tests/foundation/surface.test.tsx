import { afterEach, describe, expect, it, vi } from 'vitest';

// The panel's contents are tested with each feature; here only Vouch's host and its theme.
vi.mock('@/entrypoints/linkedin.content/App', () => ({ App: () => <p>panel</p> }));
const { createSurface, HOST_TAG } = await import('@/entrypoints/linkedin.content/surface');
const { surfaceStore } = await import('@/entrypoints/linkedin.content/store');

const view = { type: 'profile', profile: {} } as never;
const host = () => document.querySelector(HOST_TAG) as HTMLElement | null;

afterEach(() => surfaceStore.setState({ theme: 'system', view: null }));

describe('the panel surface', () => {
  it('follows the user’s theme on its own host: the system’s by default, light or dark when chosen', () => {
    const surface = createSurface('open');
    surface.show(view);
    expect(host()?.hasAttribute('data-theme')).toBe(false);
    surfaceStore.setState({ theme: 'dark' });
    expect(host()?.getAttribute('data-theme')).toBe('dark');
    surfaceStore.setState({ theme: 'light' });
    expect(host()?.getAttribute('data-theme')).toBe('light');
    surfaceStore.setState({ theme: 'system' });
    expect(host()?.hasAttribute('data-theme')).toBe(false);
    // Its styles travel with it, as text: light and dark both, nothing fetched.
    const css = host()!.shadowRoot!.querySelector('style')!.textContent!;
    expect(css).toContain(':host([data-theme="dark"])');
    expect(css).toContain('prefers-color-scheme');
    expect(host()!.shadowRoot!.querySelector('link')).toBeNull();
    surface.clear();
    expect(host()).toBeNull();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('starts in the theme already chosen', () => {
    surfaceStore.setState({ theme: 'dark' });
    const surface = createSurface('open');
    surface.show(view);
    expect(host()?.getAttribute('data-theme')).toBe('dark');
    surface.clear();
  });
});
