import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '@/components/dashboard/perf';

/** A browser whose paint entries the test controls: `paint()` reports the first contentful paint. */
function fakePaints(supported = true) {
  let entries: { name: string }[] = [];
  const observers: (() => void)[] = [];
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name: string) => entries.filter((e) => e.name === name) as never);
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'mark'] : ['mark'];
    private live = true;
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(() => this.live && this.callback());
    }
    disconnect() {
      this.live = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name = 'first-contentful-paint') {
      entries = [...entries, { name }];
      observers.forEach((o) => o());
    },
    observed: () => observers.length,
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, and calls once', () => {
    const browser = fakePaints();
    const then = vi.fn();
    afterFirstPaint(then, 1000);
    expect(then).not.toHaveBeenCalled();
    browser.paint('first-paint'); // a paint without content is not the ledger on screen
    expect(then).not.toHaveBeenCalled();
    browser.paint();
    browser.paint();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('goes on after its time limit when no paint is reported', () => {
    vi.useFakeTimers();
    fakePaints();
    const then = vi.fn();
    afterFirstPaint(then, 1000);
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls at once when the page has already painted', () => {
    const browser = fakePaints();
    browser.paint();
    const then = vi.fn();
    afterFirstPaint(then, 1000);
    expect(then).toHaveBeenCalledTimes(1);
    expect(browser.observed()).toBe(0);
  });

  it('calls at once where the browser reports no paints', () => {
    fakePaints(false);
    const then = vi.fn();
    afterFirstPaint(then, 1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never calls once cancelled', () => {
    vi.useFakeTimers();
    const browser = fakePaints();
    const then = vi.fn();
    afterFirstPaint(then, 1000)();
    browser.paint();
    vi.advanceTimersByTime(2000);
    expect(then).not.toHaveBeenCalled();
  });
});
