import { createRoot, type Root } from 'react-dom/client';
import { themeCss } from '@/components/shared/ui/theme';
import { panelFrameCss } from '@/components/shared/ui/PanelFrame';
import { profileCardCss } from '@/components/profile-card';
import { coachCss } from '@/components/coach/styles';
import { requestComposerCss } from '@/components/request/styles';
import { App } from './App';
import { surfaceStore, type View } from './store';

/** The host's tag: one element in LinkedIn's DOM while a panel is shown, none otherwise. */
export const HOST_TAG = 'vouch-panel';

const CSS = [themeCss, panelFrameCss, profileCardCss, coachCss, requestComposerCss].join('\n');

/**
 * Where the host goes: inside an open modal `<dialog>` when there is one (the rest of the page is
 * inert while it is open, so a panel outside it could not be used), else at the end of `<body>`.
 */
function anchor(doc: Document): Element {
  const modals = [...doc.querySelectorAll('dialog[open]')].filter((d) => {
    try {
      return d.matches(':modal');
    } catch {
      return false;
    }
  });
  return modals.at(-1) ?? doc.body;
}

/** Light, dark, or (no attribute) the system's choice: the user's setting, on Vouch's own host only. */
function applyTheme(host: HTMLElement) {
  const { theme } = surfaceStore.getState();
  if (theme === 'system') host.removeAttribute('data-theme');
  else host.setAttribute('data-theme', theme);
}

export interface Surface {
  show(view: View): void;
  clear(): void;
  readonly host: HTMLElement | null;
}

/**
 * Mounts Vouch's React tree in a shadow root: closed in production so the page cannot look in,
 * open in the E2E build so tests can. Styles are injected as text, never fetched.
 */
export function createSurface(mode: ShadowRootMode): Surface {
  let host: HTMLElement | null = null;
  let root: Root | null = null;
  surfaceStore.subscribe((s, prev) => {
    if (host && s.theme !== prev.theme) applyTheme(host);
  });

  const ensureHost = () => {
    const where = anchor(document);
    if (host && host.isConnected && host.parentElement === where) return;
    if (!host) {
      host = document.createElement(HOST_TAG);
      const shadow = host.attachShadow({ mode });
      const style = document.createElement('style');
      style.textContent = CSS;
      const container = document.createElement('div');
      shadow.append(style, container);
      root = createRoot(container);
      root.render(<App />);
      applyTheme(host);
    }
    where.append(host);
  };

  return {
    show(view) {
      surfaceStore.setState({ view });
      ensureHost();
    },
    clear() {
      surfaceStore.setState({ view: null });
      root?.unmount();
      host?.remove();
      root = null;
      host = null;
    },
    get host() {
      return host;
    },
  };
}
