import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const follow = vi.hoisted(() => ({
  loaded: vi.fn(),
  settingsReady: vi.fn(async () => ({ paused: false })),
  followPage: vi.fn(),
  clear: vi.fn(),
  invalidated: vi.fn(),
}));
vi.mock('@/components/linkedin/follow', () => {
  follow.loaded();
  return { settingsReady: follow.settingsReady, followPage: follow.followPage, clear: follow.clear, invalidated: follow.invalidated };
});
const { startVouch } = await import('@/components/linkedin/router');

function fakeContext() {
  const life = new AbortController();
  const extension = { alive: true };
  return {
    life,
    extension,
    ctx: {
      signal: life.signal,
      // As WXT's: asking notices an extension that went away (updated or removed) and invalidates.
      get isInvalid() {
        if (!extension.alive) life.abort();
        return life.signal.aborted;
      },
      onInvalidated: (cb: () => void) => life.signal.addEventListener('abort', cb),
      setInterval: (handler: () => void, ms: number) => {
        const id = setInterval(handler, ms);
        life.signal.addEventListener('abort', () => clearInterval(id));
        return id;
      },
    } as never,
  };
}

const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

let observe: ReturnType<typeof vi.spyOn>;
let running: AbortController | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  Object.values(follow).forEach((f) => f.mockClear());
  observe = vi.spyOn(MutationObserver.prototype, 'observe');
});
afterEach(() => {
  running?.abort();
  observe.mockRestore();
  vi.useRealTimers();
});

describe('the content script on pages where Vouch has nothing to do', () => {
  it('on the feed only watches the URL: no DOM observer, no page code loaded, however the feed changes', async () => {
    goTo('https://www.linkedin.com/feed/');
    const { ctx, life } = fakeContext();
    running = life;
    startVouch(ctx);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(observe).not.toHaveBeenCalled();
    expect(follow.loaded).not.toHaveBeenCalled();
    expect(follow.followPage).not.toHaveBeenCalled();
  });

  it('starts following when LinkedIn moves to a profile, and lets go when it returns to the feed', async () => {
    goTo('https://www.linkedin.com/feed/');
    const { ctx, life } = fakeContext();
    running = life;
    startVouch(ctx);
    goTo('https://www.linkedin.com/in/sam-lee/');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(follow.loaded).toHaveBeenCalledTimes(1);
    expect(follow.followPage).toHaveBeenCalledTimes(1);
    expect(String(follow.followPage.mock.calls[0]![0])).toBe('https://www.linkedin.com/in/sam-lee/');
    const pageLife = follow.followPage.mock.calls[0]![2] as AbortSignal;
    goTo('https://www.linkedin.com/feed/');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(pageLife.aborted).toBe(true);
    expect(follow.clear).toHaveBeenCalled();
    expect(follow.followPage).toHaveBeenCalledTimes(1);
  });

  it('where the browser announces in-page moves, sets no timer on the feed and follows a move at once', async () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: EventTarget }).navigation = navigation;
    try {
      goTo('https://www.linkedin.com/feed/');
      const { ctx, life } = fakeContext();
      running = life;
      startVouch(ctx);
      expect(vi.getTimerCount()).toBe(0);
      goTo('https://www.linkedin.com/in/sam-lee/');
      navigation.dispatchEvent(new Event('currententrychange'));
      await vi.advanceTimersByTimeAsync(0);
      expect(follow.followPage).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { navigation?: EventTarget }).navigation;
    }
  });
});

describe('the content script after the extension went away', () => {
  it('lets go of the page it follows within about a second', async () => {
    goTo('https://www.linkedin.com/in/sam-lee/');
    const { ctx, life, extension } = fakeContext();
    running = life;
    startVouch(ctx);
    await vi.advanceTimersByTimeAsync(0);
    const pageLife = follow.followPage.mock.calls[0]![2] as AbortSignal;
    expect(pageLife.aborted).toBe(false);
    extension.alive = false;
    await vi.advanceTimersByTimeAsync(1_100);
    expect(pageLife.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
