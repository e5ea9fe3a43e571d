import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FormInfo } from '@/components/shared/panel-api';
import { settingsItem, type Settings } from '@/storage/settings';
import { readForm } from './pages/form';
import { readProfile } from './pages/profile';
import { readViewer } from './pages/identity';
import { isVouchPage, pageKind, type PageKind } from './pages/urls';
import { watchLocation } from './location';
import { guard } from './report';
import { surfaceStore } from './store';
import { createSurface, type Surface } from './surface';
import { createTextBoxHandle } from './text-box';
import { watchSends } from './sends';

const PROFILE_KINDS: ReadonlySet<PageKind> = new Set(['profile', 'own-profile', 'recommendations']);

type Reading = ReturnType<typeof readForm>;

function formInfo(form: NonNullable<Reading>): FormInfo {
  return {
    kind: form.kind,
    contact: form.contact,
    maxLength: form.maxLength,
    relationship: form.relationship,
    hasTextBox: form.textBox !== null,
    missing: form.missing,
  };
}

/** A reading's identity: the panel re-renders only when what it shows would change. */
function signature(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Element ? undefined : v));
}

/**
 * Follows one page: reads it now and again after DOM changes (at most once a frame), until the
 * signal aborts. Runs only on pages where a form or a profile card can appear.
 */
function followPage(url: URL, kind: PageKind, signal: AbortSignal, surface: Surface) {
  let textBox: HTMLElement | null = null;
  let last = '';
  const box = createTextBoxHandle(() => textBox, signal);
  const sends = watchSends(signal, () => (textBox ? box.read() : null));

  const scan = () =>
    guard('scan', () => {
      const form = readForm(document, url);
      if (form) {
        textBox = form.textBox;
        if (!surfaceStore.getState().viewer) {
          const viewer = readViewer(document);
          if (viewer) surfaceStore.setState({ viewer });
        }
        const info = formInfo(form);
        sends.formOpen(info);
        const sig = signature(['form', info, textBox ? 1 : 0]);
        if (sig !== last || !surface.host?.isConnected) {
          last = sig;
          surface.show({ type: 'form', form: info, box });
        }
        return;
      }
      textBox = null;
      sends.formGone();
      if (PROFILE_KINDS.has(kind)) {
        const profile = readProfile(document, url);
        if (profile.viewer && !surfaceStore.getState().viewer) surfaceStore.setState({ viewer: profile.viewer });
        const sig = signature(['profile', profile]);
        if (sig !== last || !surface.host?.isConnected) {
          last = sig;
          surface.show({ type: 'profile', profile });
        }
        return;
      }
      last = '';
      surface.clear();
    });

  // At most one read a frame; a page that is slow to read (hundreds of items) is read less often,
  // so that Vouch never takes more than a small share of the main thread.
  let queued = false;
  let cost = 0;
  const timedScan = () => {
    const started = performance.now();
    scan();
    cost = performance.now() - started;
  };
  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    const run = () =>
      requestAnimationFrame(() => {
        queued = false;
        if (!signal.aborted) timedScan();
      });
    if (cost > 4) setTimeout(run, Math.min(2_000, cost * 10));
    else run();
  };
  timedScan();
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The content script's life: follow the URL, start and stop the page follower, obey the pause switch. */
export function startVouch(ctx: ContentScriptContext, shadowMode: ShadowRootMode) {
  const surface = createSurface(shadowMode);
  let settings: Settings | null = null;
  let run: AbortController | null = null;

  const route = () =>
    guard('route', () => {
      run?.abort();
      run = null;
      const url = new URL(location.href);
      const kind = pageKind(url);
      if (!settings || settings.paused || !isVouchPage(kind)) {
        surface.clear();
        return;
      }
      run = new AbortController();
      const signal = AbortSignal.any([ctx.signal, run.signal]);
      followPage(url, kind, signal, surface);
    });

  ctx.onInvalidated(() => {
    run?.abort();
    if (surface.host) surfaceStore.setState({ notice: 'Vouch was updated, reload this tab.' });
  });

  watchLocation(ctx, route);
  const unwatch = settingsItem.watch((next) => {
    const pausedChanged = next.paused !== settings?.paused;
    settings = next;
    surfaceStore.setState({ reminderAfterDays: next.reminderAfterDays, theme: next.theme });
    if (pausedChanged) route();
  });
  ctx.onInvalidated(unwatch);
  settingsItem
    .getValue()
    .then((s) => {
      settings = s;
      surfaceStore.setState({ viewer: s.viewer, reminderAfterDays: s.reminderAfterDays, theme: s.theme });
      route();
    })
    .catch(() => {
      settings = { paused: false } as Settings;
      route();
    });
}
