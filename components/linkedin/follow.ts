/**
 * Everything Vouch does on a page where it has something to do: read the page, tell the
 * background what is on screen, lend LinkedIn's text box to the side panel, and record the user's
 * own sends. It adds nothing to the page. The router loads this module only on such pages (a
 * dynamic import, bundled into the same file but evaluated on first use).
 */
import { browser } from 'wxt/browser';
import type { FormInfo, Viewer } from '@/components/shared/panel-api';
import type { TabMessage, TabPage } from '@/components/side-panel/tab-page';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings } from '@/storage/settings';
import { readForm, readPosition } from './form';
import { readProfile } from './profile';
import { readViewer } from './identity';
import { isRecommendControl } from './controls';
import type { PageKind } from '@/storage/linkedin-urls';
import { guard, report } from './report';
import { createTextBoxHandle } from './text-box';
import { lendBox } from './box-port';
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

function send(message: TabMessage): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(message);
  } catch (e) {
    // The extension was updated or removed under this page: nothing to tell.
    return Promise.reject(e);
  }
}

/**
 * What the page shows now is all the background needs, so reports are not queued: one is in flight
 * and only the newest waits. One the background did not answer (its worker was stopped) or could
 * not keep is sent again, the newest first, about half a minute at most, so that the side panel and
 * the records never miss the page on screen. The background answers true once it has kept a report,
 * false when it refused it (sending it again would not help).
 */
let waiting: TabPage | null = null;
let inFlight = false;
let tries = 0;
function pushReport(): void {
  if (inFlight || !waiting) return;
  const page = waiting;
  waiting = null;
  inFlight = true;
  const done = (again: boolean) => {
    inFlight = false;
    if (again && !waiting && tries < 12) {
      waiting = page;
      setTimeout(pushReport, Math.min(4_000, 100 * 2 ** tries++));
      return;
    }
    tries = 0;
    pushReport();
  };
  send({ vouchTab: 1, type: 'report', page }).then((kept) => done(kept !== true && kept !== false), () => done(true));
}

/** The last page reported from this document, so that only changes are sent. */
let lastReport = '';
/** This document's own id: after a reload, the side panel knows a form there is a new one. */
const doc = Math.random().toString(36).slice(2);
function tell(page: TabPage): void {
  page.doc = doc;
  const sig = JSON.stringify(page);
  if (sig === lastReport) return;
  lastReport = sig;
  // Dates go as they are (Chrome sends them as ISO strings, Firefox as Dates): the background takes both.
  waiting = page;
  pushReport();
}

let viewer: Viewer | null = null;
/** Reads the page now; set by the page's follower. */
let scanNow: (() => void) | null = null;

/** Reports what the page shows even if it was reported already (the background asked). */
export function tellAgain(): void {
  lastReport = '';
  scanNow?.();
}

/**
 * Follows one page: reads it now and again after DOM changes (at most once a frame), until the
 * signal aborts, and reports what it shows whenever that changes.
 */
export function followPage(url: URL, kind: PageKind, signal: AbortSignal): void {
  let textBox: HTMLElement | null = null;
  let formShown = false;
  // LinkedIn's box as the page has it now: while a form is on screen, a box that came since the
  // last read (which can lag a few frames on a slow page, more in Firefox) is read at once, so
  // that the user's first keystrokes reach the panel and a quick paste and Send is recorded.
  const currentBox = () => {
    if (formShown && !textBox?.isConnected) timedScan();
    return textBox;
  };
  const box = createTextBoxHandle(currentBox, signal);
  const sends = watchSends(signal, () => (currentBox() ? box.read() : null));
  lendBox(box, signal);

  // The user's own click on LinkedIn's "Recommend" or "Request a recommendation" also opens
  // Vouch's side panel: the message goes while the click is being handled, as the browser requires.
  document.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && e.target instanceof Element && isRecommendControl(e.target)) send({ vouchTab: 1, type: 'open-panel' }).catch(() => {});
    },
    { capture: true, signal },
  );

  /** Reads the form on screen, if there is one, and reports it. */
  const showForm = (): boolean => {
    const form = readForm(document, url, report);
    if (!form) return false;
    textBox = form.textBox;
    viewer ??= readViewer(document);
    const info = formInfo(form);
    sends.formOpen(info);
    formShown = true;
    tell({ kind: 'form', url: location.href, form: info, viewer });
    return true;
  };
  const scan = () =>
    guard('scan', () => {
      if (showForm()) return;
      textBox = null;
      formShown = false;
      sends.formGone();
      if (PROFILE_KINDS.has(kind)) {
        const profile = readProfile(document, url, report);
        viewer ??= profile.viewer;
        tell({ kind: 'profile', url: location.href, profile });
        return;
      }
      tell({ kind: 'none', url: location.href });
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
  scanNow = timedScan;
  signal.addEventListener('abort', () => scanNow === timedScan && (scanNow = null), { once: true });
  // A form container arriving is worth reading at once, even on a page slow to read: the user just
  // opened it and the panel should appear with it. Only the form is read then; any other change
  // waits for the next frame, or longer on a slow page.
  const observer = new MutationObserver((records) => {
    if (!formShown && records.some(mayHoldForm) && guard('scan', showForm)) return;
    schedule();
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

/** Says the tab shows nothing for Vouch (the user left for such a page, or paused Vouch). */
export function clear(): void {
  if (lastReport) tell({ kind: 'none', url: location.href });
}

let settings: Promise<Settings> | null = null;

/**
 * The user's settings, read once and then followed: `onPauseChange` runs when the pause switch
 * flips (in any tab, the side panel or the dashboard), so the router can stop or start again.
 */
export function settingsReady(onPauseChange: () => void, lifetime: AbortSignal): Promise<Settings> {
  settings ??= readSettings().catch(() => DEFAULT_SETTINGS).then((first) => {
    let paused = first.paused;
    const unwatch = watchSettings((next) => {
      settings = Promise.resolve(next);
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
