/** A performance mark the benchmark reads; only the first of a page load counts. */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** Whether the page has put its first frame with content on screen (its first contentful paint). */
function painted(): boolean {
  return typeof performance === 'undefined' || performance.getEntriesByName('first-contentful-paint').length > 0;
}

/**
 * Calls `then` once the page's first frame with content is on screen, or after `ms` at the latest;
 * at once where the browser reports no paints (or already has). Returns a function that cancels it.
 */
export function afterFirstPaint(then: () => void, ms: number): () => void {
  if (painted() || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    then();
    return () => {};
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver(() => painted() && finish());
  observer.observe({ type: 'paint', buffered: true });
  const timer = setTimeout(finish, ms);
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}
