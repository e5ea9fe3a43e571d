import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guard, report } from '@/components/linkedin/report';

/** The background's side: what reaches it, answered as the real router answers a log message. */
function listen(): unknown[] {
  const got: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    got.push(message);
    return Promise.resolve({ ok: true, data: { logged: true } });
  });
  return got;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('guard', () => {
  it('returns what the callback returns', () => {
    expect(guard('test-ok', () => 42)).toBe(42);
  });

  it("catches what the callback throws, never into the page, and sends it to the background's log", async () => {
    const got = listen();
    let result: unknown = 'not run';
    expect(() => {
      result = guard('test-throw', () => {
        throw new TypeError('boom');
      });
    }).not.toThrow();
    expect(result).toBeUndefined();
    await settle();
    expect(got).toEqual([{ vouch: 1, type: 'log.report', payload: { source: 'content:test-throw', message: 'TypeError: boom' } }]);
  });

  it('logs each failure once: a scan that fails every frame does not flood the log', async () => {
    const got = listen();
    for (let i = 0; i < 5; i++) guard('test-repeat', () => { throw new Error('same'); });
    guard('test-repeat', () => { throw new Error('other'); });
    await settle();
    expect(got.map((m) => (m as { payload: { message: string } }).payload.message)).toEqual(['Error: same', 'Error: other']);
  });
});

describe('report', () => {
  it('keeps what it sends within what the log message accepts', async () => {
    const got = listen();
    report('x'.repeat(200), 'y'.repeat(5000));
    await settle();
    const { payload } = got[0] as { payload: { source: string; message: string } };
    expect(payload.source).toHaveLength(100);
    expect(payload.message).toHaveLength(2000);
  });

  it('swallows a failure to deliver (no background, extension reloaded)', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('Could not establish connection')));
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect(() => report('test-undelivered', new Error('lost'))).not.toThrow();
      await settle();
      await settle();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
