// What a tab's extension scripts cost its main thread, from a DevTools trace of the visit: every
// event the renderer attributes to a script by its URL (compiling and running a content script,
// then each callback of it: timers, listeners, observers, message handlers), with what runs inside
// it (layout it forces, garbage it collects). The bench's browsers hold one extension each.

/** The trace categories those events are in. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8'];

const EXTENSION_URL = /^chrome-extension:\/\//;

/** The script URL a trace event names, if any. */
const urlOf = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';

/**
 * The thread time (ms) of the extension's outermost events, and how many there were: an event
 * inside another one of the same thread (a compile inside an evaluation) is counted once, in it.
 * @param {{ name: string, ph: string, tid: number, ts: number, dur?: number, tdur?: number, args?: any }[]} events
 */
export function extensionTime(events) {
  const own = events
    .filter((e) => e.ph === 'X' && Number.isFinite(e.dur) && EXTENSION_URL.test(urlOf(e)))
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts || b.dur - a.dur);
  let ms = 0;
  let count = 0;
  let open = null;
  for (const e of own) {
    if (open && e.tid === open.tid && e.ts + e.dur <= open.ts + open.dur) continue;
    open = e;
    count++;
    ms += (e.tdur ?? e.dur) / 1_000;
  }
  return { ms, count };
}
