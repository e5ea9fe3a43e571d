import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followPage } from '@/components/linkedin/follow';
import { pageKind } from '@/storage/linkedin-urls';
import { FIXTURES, fixtureHtml, openDeferred, restoreSelections } from '../reading/fixtures';

const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

/** The kinds of page the content script reported, in order. */
function reports(send: ReturnType<typeof vi.fn>): string[] {
  return send.mock.calls.map(([m]) => (m as { type: string; page?: { kind: string } }).page?.kind ?? (m as { type: string }).type);
}

let life: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('following a page that is slow to read', () => {
  it('reads a form the user opens at once, without waiting for the slow page\'s turn', async () => {
    const fixture = FIXTURES.find((f) => f.file === 'form-open-click.html')!;
    goTo(fixture.url);
    const parsed = new DOMParser().parseFromString(fixtureHtml(fixture), 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
    restoreSelections(document);
    const send = vi.fn(async () => true);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send as never);
    // The side panel's port to LinkedIn's box is not used here.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => {});
    // Every read of this page seems to take 50 ms: later reads of its changes are spaced out.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));

    const url = new URL(fixture.url);
    followPage(url, pageKind(url), life.signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(reports(send)).not.toContain('form');

    const before = send.mock.calls.length;
    expect(openDeferred(document)).toBe(true);
    // The MutationObserver's callback runs as a microtask: no timer needs to pass for the form.
    await Promise.resolve();
    await Promise.resolve();
    expect(reports(send).slice(before)).toEqual(['form']);
  });
});
