/**
 * Everything Vouch does on a page where it has something to do: read the page, mount the panel,
 * follow the DOM. The router loads this module only on such pages (a dynamic import, bundled into
 * the same file but evaluated on first use), so the feed never pays for React, the panels' tables
 * or the readers.
 */
import type { FormInfo } from '@/components/shared/panel-api';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/storage/settings';
import { readForm, readPosition } from './pages/form';
import { readProfile } from './pages/profile';
import { readViewer } from './pages/identity';
import type { PageKind } from './pages/urls';
import { guard, report } from './report';
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
    position: readPosition(document),
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
function follow(url: URL, kind: PageKind, signal: AbortSignal, surface: Surface) {
  let textBox: HTMLElement | null = null;
  let formShown = false;
  let last = '';
  const box = createTextBoxHandle(() => textBox, signal);
  // At the user's Send click, a box that came since the last read (which can lag a few frames on a
  // slow page, more in Firefox) is read now, so that a quick paste and Send is recorded too.
  const sends = watchSends(signal, () => {
    if (!textBox?.isConnected) timedScan();
    return textBox ? box.read() : null;
  });

  const scan = () =>
    guard('scan', () => {
      const form = readForm(document, url, report);
      if (form) {
        textBox = form.textBox;
        if (!surfaceStore.getState().viewer) {
          const viewer = readViewer(document);
          if (viewer) surfaceStore.setState({ viewer });
        }
        const info = formInfo(form);
        sends.formOpen(info);
        formShown = true;
        const sig = signature(['form', info, textBox ? 1 : 0]);
        if (sig !== last || !surface.host?.isConnected) {
          last = sig;
          surface.show({ type: 'form', form: info, box });
        }
        return;
      }
      textBox = null;
      formShown = false;
      sends.formGone();
      if (PROFILE_KINDS.has(kind)) {
        const profile = readProfile(document, url, report);
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
  // A form container arriving is worth reading at once (the panel should appear with it), when the
  // page is cheap to read; any other change waits for the next frame, or longer on a slow page.
  const observer = new MutationObserver((records) => {
    if (!queued && !formShown && cost <= 4 && records.some(mayHoldForm)) timedScan();
    else schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

const FORM_CONTAINER = 'dialog, [role="dialog"], form, textarea, [contenteditable="true"], [role="combobox"]';

function mayHoldForm(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (node instanceof Element && (node.matches(FORM_CONTAINER) || node.querySelector(FORM_CONTAINER))) return true;
  }
  return false;
}

let surface: Surface | null = null;

/** Starts following a page; the panel's shadow root mode is fixed by the first call. */
export function followPage(url: URL, kind: PageKind, signal: AbortSignal, shadowMode: ShadowRootMode): void {
  surface ??= createSurface(shadowMode);
  follow(url, kind, signal, surface);
}

/** Removes the panel (leaving the page, or paused). */
export function clear(): void {
  surface?.clear();
}

let settings: Promise<Settings> | null = null;

/**
 * The user's settings, read once and then followed: `onPauseChange` runs when the pause switch
 * flips (in any tab or the dashboard), so the router can remove or bring back the panel.
 */
export function settingsReady(onPauseChange: () => void, lifetime: AbortSignal): Promise<Settings> {
  settings ??= settingsItem.getValue().catch(() => DEFAULT_SETTINGS).then((first) => {
    let paused = first.paused;
    applySettings(first);
    const unwatch = settingsItem.watch((next) => {
      settings = Promise.resolve(next);
      applySettings(next);
      if (next.paused !== paused) {
        paused = next.paused;
        onPauseChange();
      }
    });
    lifetime.addEventListener('abort', unwatch, { once: true });
    return first;
  });
  return settings;
}

function applySettings(s: Settings): void {
  surfaceStore.setState({ reminderAfterDays: s.reminderAfterDays, theme: s.theme, ...(s.viewer ? { viewer: s.viewer } : {}) });
}

export function invalidated(): void {
  if (surface?.host) surfaceStore.setState({ notice: 'Vouch was updated, reload this tab.' });
}
