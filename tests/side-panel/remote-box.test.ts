import { describe, expect, it } from 'vitest';
import { createRemoteBox, type PortLike } from '@/components/side-panel/remote-box';
import type { BoxNews, BoxRequest } from '@/components/side-panel/tab-page';

/** A port whose other end is a fake page: it answers fills and undoes as the content script does. */
function fakePage(opts: { answers?: boolean } = {}) {
  let text = 'LinkedIn default text';
  const before: string[] = [];
  const ports: { toPanel(n: BoxNews): void; drop(): void }[] = [];
  const connect = (): PortLike => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const toPanel = (n: BoxNews) => queueMicrotask(() => onMessage.forEach((l) => l(n)));
    const port = {
      postMessage(m: BoxRequest) {
        if (opts.answers === false) return;
        if (m.op === 'fill') {
          before.push(text);
          text = m.text;
          toPanel({ op: 'filled', id: m.id, ok: true, text });
        } else {
          const prev = before.pop();
          if (prev !== undefined) text = prev;
          toPanel({ op: 'undone', id: m.id, ok: prev !== undefined, text });
        }
      },
      onMessage: { addListener: (l: (m: unknown) => void) => void onMessage.push(l) },
      onDisconnect: { addListener: (l: () => void) => void onDisconnect.push(l) },
      disconnect() {},
    };
    const drop = () => queueMicrotask(() => onDisconnect.forEach((l) => l()));
    ports.push({ toPanel, drop });
    if (opts.answers !== false) toPanel({ op: 'text', text });
    else drop();
    return port;
  };
  return { connect, ports, type: (t: string) => ((text = t), ports.at(-1)!.toPanel({ op: 'text', text: t })), text: () => text };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the side panel’s handle on LinkedIn’s box', () => {
  it('reads what the page sent, fills and undoes through the page, and hears typing', async () => {
    const page = fakePage();
    const box = createRemoteBox(page.connect);
    await tick();
    expect(box.reach).toBe('reached');
    expect(box.read()).toBe('LinkedIn default text');
    const heard: string[] = [];
    box.subscribe((t) => heard.push(t));
    page.type('I managed her');
    await tick();
    expect(heard).toEqual(['I managed her']);
    expect(await box.fill('Hi Sam')).toEqual({ ok: true });
    expect(page.text()).toBe('Hi Sam');
    expect(box.read()).toBe('Hi Sam');
    expect(await box.undo()).toBe(true);
    expect(page.text()).toBe('I managed her');
    expect(await box.undo()).toBe(false);
  });

  it('fills nothing in a tab where nothing of Vouch answers, and says to reload it', async () => {
    const page = fakePage({ answers: false });
    const box = createRemoteBox(page.connect);
    await tick();
    expect(box.reach).toBe('unreachable');
    expect(await box.fill('Hi Sam')).toEqual({ ok: false, reason: { code: 'unreachable' } });
    expect(page.text()).toBe('LinkedIn default text');
  });

  it('connects again when the page it reached went away and came back', async () => {
    const page = fakePage();
    const box = createRemoteBox(page.connect);
    await tick();
    page.ports[0]!.drop();
    await tick();
    expect(box.reach).toBe('connecting');
    box.reconnect();
    await tick();
    expect(box.reach).toBe('reached');
    expect(await box.fill('Again')).toEqual({ ok: true });
    expect(page.ports).toHaveLength(2);
  });
});
