import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fixtureUrl, launch, openTab, PROD_BUILD, sidePanelFor, type Launched } from './harness.mjs';

/**
 * LinkedIn's page gains nothing from Vouch. The same pages go through the same user actions in a
 * browser with the production build and in one without any extension, each watched from the page's
 * own world by a MutationObserver installed before the page loads: every change to the document
 * (nodes, attributes, text) is recorded, and so is every message posted to the window. With Vouch,
 * its panels live in the side panel; on LinkedIn's page the only change is the text the user asks
 * it to put in the box, which the run without Vouch puts there by hand. Also compared at the end of
 * each flow: the whole DOM with every attribute and field value, style sheets, shadow roots (open or
 * closed, through DevTools) and the window's globals.
 */

/** How long to wait for what crosses processes (the tab, the worker, the panel) on a busy machine. */
const SOON = { timeout: 10_000 };

interface Recorder {
  log: string[];
  messages: string[];
}

/** Runs in the page's main world before any of its scripts (context.addInitScript). */
function installRecorder() {
  if (location.hostname !== 'www.linkedin.com') return;
  const ids = new WeakMap<Node, number>();
  let next = 0;
  /** A node is named by the order the observer first saw it in: the same in both browsers. */
  const name = (n: Node | null) => {
    if (!n) return '-';
    let i = ids.get(n);
    if (i === undefined) ids.set(n, (i = ++next));
    return `#${i}<${n.nodeName}>`;
  };
  const list = (nodes: NodeList) => Array.from(nodes, name).join(',');
  // Changes inside LinkedIn's text box (the text the user asks Vouch to put there) are marked as such.
  const BOX = 'textarea, [contenteditable="true"]';
  const boxNodes = new WeakSet<Node>();
  const inBox = (n: Node) => boxNodes.has(n) || !!(n instanceof Element ? n : n.parentElement)?.closest(BOX);
  const log: string[] = [];
  const messages: string[] = [];
  new MutationObserver((records) => {
    for (const r of records) {
      let line;
      if (r.type === 'childList') line = `nodes ${name(r.target)} +[${list(r.addedNodes)}] -[${list(r.removedNodes)}] after ${name(r.previousSibling)}`;
      else if (r.type === 'attributes') line = `attribute ${name(r.target)} ${r.attributeName} was ${JSON.stringify(r.oldValue)}`;
      else line = `text ${name(r.target)} was ${JSON.stringify(r.oldValue)}`;
      const box = r.type !== 'attributes' && (inBox(r.target) || (r.target as Element).matches?.(BOX));
      if (box) for (const n of [r.target, ...r.addedNodes, ...r.removedNodes]) boxNodes.add(n);
      log.push(box ? `in the box: ${line}` : line);
    }
  }).observe(document, { childList: true, attributes: true, characterData: true, subtree: true, attributeOldValue: true, characterDataOldValue: true });
  addEventListener('message', (e) => messages.push(JSON.stringify(e.data)), true);
  // Not enumerable: the globals compared below are the same in both browsers either way.
  Object.defineProperty(window, '__footprint', { value: { log, messages } satisfies Recorder, enumerable: false });
}

/** The whole document as the page sees it: elements, attributes, text, fields' values, style sheets, globals. */
function pageState(page: Page) {
  return page.evaluate(() => {
    const lines: string[] = [];
    const walk = (node: Node, depth: number) => {
      const pad = ' '.repeat(depth);
      if (node instanceof Element) {
        const attrs = Array.from(node.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
        let value = '';
        if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) value = ` value=${JSON.stringify(node.value)}${node instanceof HTMLInputElement ? ` checked=${node.checked}` : ''}`;
        if (node instanceof HTMLSelectElement) value = ` selected=${node.selectedIndex}`;
        lines.push(`${pad}<${node.localName}${attrs}>${value}${node.shadowRoot ? ' [open shadow root]' : ''}`);
      } else if (node.nodeType === Node.TEXT_NODE) lines.push(`${pad}${JSON.stringify(node.nodeValue)}`);
      else lines.push(`${pad}${node.nodeName}`);
      node.childNodes.forEach((c) => walk(c, depth + 1));
    };
    walk(document, 0);
    const recorder = (window as unknown as { __footprint: Recorder }).__footprint;
    return {
      log: recorder.log.slice(),
      messages: recorder.messages.slice(),
      dom: lines,
      styleSheets: Array.from(document.styleSheets, (s) => `${s.ownerNode?.nodeName}:${s.href ?? ''}:${s.cssRules.length}`),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      keys: Object.keys(window),
      names: Object.getOwnPropertyNames(window).sort(),
    };
  });
}

/** Every shadow root in the page, closed ones included, as DevTools sees them. */
async function shadowRoots(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const found: string[] = [];
    const walk = (n: typeof root) => {
      for (const s of n.shadowRoots ?? []) found.push(`${n.localName}:${s.shadowRootType}`);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) walk(c);
    };
    walk(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

let withVouch: Launched;
let without: Launched;
/** Anything a LinkedIn page loads from an extension: LinkedIn probes for extensions this way. */
const extensionLoads: string[] = [];
beforeAll(async () => {
  [withVouch, without] = await Promise.all([launch({ extension: PROD_BUILD }), launch({ extension: null })]);
  for (const b of [withVouch, without]) await b.context.addInitScript(installRecorder);
  withVouch.context.on('request', (r) => {
    const from = r.frame()?.url() ?? '';
    if (r.url().startsWith('chrome-extension://') && from.startsWith('https://www.linkedin.com')) extensionLoads.push(r.url());
  });
});
afterAll(async () => {
  await withVouch?.close();
  await without?.close();
});

/**
 * One flow, the same in both browsers: `vouch` is the side panel bound to the page's tab in the
 * browser with Vouch, null in the other (where the user does by hand what Vouch's button does).
 */
type Flow = (page: Page, vouch: { panel: Locator } | null) => Promise<void>;

/** The user's page in each browser, with Vouch's side panel beside it in the one that has Vouch. */
async function run(b: Launched, url: string, flow: Flow) {
  // The side panel is bound to the tab by its id: the extension opens the tab (blank, then sent to
  // the page, so that the harness answers it from the fixtures). The other browser opens it itself.
  const opened = b.worker ? await openTab(b, 'about:blank') : { page: await b.context.newPage(), tabId: undefined };
  const page = opened.page;
  await page.goto(url, { waitUntil: 'load' });
  expect(page.url()).toBe(url);
  // Beside it, the side panel's page (in the other browser, a blank page, opened just the same).
  const side = b.worker ? await sidePanelFor(b, page, opened.tabId) : { panelPage: await b.context.newPage(), panel: null };
  await page.bringToFront();
  await flow(page, side.panel ? { panel: side.panel } : null);
  const state = await pageState(page);
  const shadows = await shadowRoots(page);
  await Promise.all([page.close(), side.panelPage.close()]);
  return { ...state, shadows };
}

/** Both browsers through the same flow: what LinkedIn's page saw in each. */
async function both(url: string, flow: Flow) {
  const vouch = await run(withVouch, url, flow);
  const bare = await run(without, url, flow);
  return { vouch, bare };
}

const outsideTheBox = (log: string[]) => log.filter((l) => !l.startsWith('in the box: '));

function expectSamePage(vouch: Awaited<ReturnType<typeof run>>, bare: Awaited<ReturnType<typeof run>>) {
  // Not a vacuous comparison: the observer saw the page being built.
  expect(bare.log.length).toBeGreaterThan(50);
  expect(outsideTheBox(vouch.log)).toEqual(outsideTheBox(bare.log));
  // In the box, only its text: text nodes (and the line break an editor keeps in an empty box).
  for (const line of vouch.log.filter((l) => l.startsWith('in the box: '))) {
    expect(line).toMatch(/^in the box: (text #\d+<#text> was .*|nodes #\d+<\w+> \+\[(#\d+<(#text|BR)>,?)*\] -\[(#\d+<(#text|BR)>,?)*\] after .*)$/);
  }
  expect(vouch.dom).toEqual(bare.dom);
  expect(vouch.styleSheets).toEqual(bare.styleSheets);
  expect(vouch.adoptedStyleSheets).toBe(bare.adoptedStyleSheets);
  expect(vouch.shadows).toEqual(bare.shadows);
  expect(vouch.keys).toEqual(bare.keys);
  expect(vouch.names).toEqual(bare.names);
  expect(vouch.messages).toEqual(bare.messages);
}

const label = (panel: Locator) => panel.getAttribute('aria-label');

describe("LinkedIn's page gains nothing from Vouch", () => {
  it('the feed: nothing at all', async () => {
    const { vouch, bare } = await both(fixtureUrl('feed-busy.html'), async (_page, vouch) => {
      if (!vouch) return;
      // Vouch's content script is there (it answered the side panel), and has nothing to do.
      await expect.poll(() => label(vouch.panel), SOON).toBe('Vouch: Your recommendations');
      await expect.poll(() => vouch.panel.textContent(), SOON).toContain('Open a profile');
      expect(await vouch.panel.textContent()).not.toContain("can't see this LinkedIn tab");
    });
    expectSamePage(vouch, bare);
  });

  it('a profile: read, recorded, shown in the side panel, and nothing changed', async () => {
    const { vouch, bare } = await both(fixtureUrl('profile-sdui-connection.html'), async (_page, vouch) => {
      if (!vouch) return;
      await expect.poll(() => label(vouch.panel), SOON).toMatch(/^Vouch: Where you stand/);
    });
    expectSamePage(vouch, bare);
  });

  it('a request form, filled, undone and filled again from the side panel, then sent: only the text differs', async () => {
    let message = '';
    let before = '';
    const { vouch, bare } = await both(fixtureUrl('form-request-modal.html'), async (page, vouch) => {
      const box = page.locator('[data-fixture-form] textarea');
      await box.waitFor();
      if (vouch) {
        await expect.poll(() => label(vouch.panel), SOON).toMatch(/^Vouch: Ask for a recommendation/);
        before = await box.inputValue();
        await vouch.panel.getByLabel('Project').fill('the Atlas billing migration');
        message = await vouch.panel.getByLabel('Message', { exact: true }).inputValue();
        expect(message).toContain('the Atlas billing migration');
        await vouch.panel.getByRole('button', { name: 'Use this message' }).click();
        await expect.poll(() => box.inputValue(), SOON).toBe(message);
        await vouch.panel.getByRole('button', { name: 'Undo' }).click();
        await expect.poll(() => box.inputValue(), SOON).toBe(before);
        await vouch.panel.getByRole('button', { name: 'Use this message' }).click();
        await expect.poll(() => box.inputValue(), SOON).toBe(message);
      } else {
        // Without Vouch, the user puts the same text in the box, takes it out, and puts it in again.
        expect(await box.inputValue()).toBe(before);
        await box.fill(message);
        await box.fill(before);
        await box.fill(message);
      }
      expect(await page.evaluate(() => (window as any).__vouchFixture.state.text)).toBe(message);
      await page.locator('[data-fixture-send]').click();
      if (vouch) await expect.poll(() => vouch.panel.textContent(), SOON).toContain("LinkedIn's form is closed");
    });
    expect(message.length).toBeGreaterThan(50);
    expectSamePage(vouch, bare);
  });

  it('a write form in a rich-text box: typed, a starter put in from the side panel, sent: only the text differs', async () => {
    let text = '';
    const typed = 'We worked together for three years at Mareas Labs. ';
    const { vouch, bare } = await both(fixtureUrl('form-write-contenteditable.html'), async (page, vouch) => {
      const box = page.locator('[contenteditable="true"]');
      await box.waitFor();
      if (vouch) await expect.poll(() => label(vouch.panel), SOON).toMatch(/^Vouch: Write a recommendation/);
      await box.click();
      await page.keyboard.type(typed);
      if (vouch) {
        await expect.poll(() => vouch.panel.getByTestId('length').textContent(), SOON).toMatch(new RegExp(`^${typed.length} /`));
        await vouch.panel.getByRole('button', { name: /^Insert: / }).first().click();
        await expect.poll(async () => (await box.innerText()).length, SOON).toBeGreaterThan(typed.length + 10);
        text = await box.innerText();
      } else {
        // Without Vouch, the user selects what is in the box and puts the same text there.
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.insertText(text);
      }
      expect(await box.innerText()).toBe(text);
      await page.locator('[data-fixture-send]').click();
      if (vouch) await expect.poll(() => vouch.panel.textContent(), SOON).toContain("LinkedIn's form is closed");
    });
    expect(text.startsWith(typed.trim())).toBe(true);
    expectSamePage(vouch, bare);
  });
});

describe('what else LinkedIn could see', () => {
  it('makes no network request of its own and fetches nothing from chrome-extension://', async () => {
    expect(withVouch.blocked).toEqual(without.blocked);
    expect(withVouch.blocked.filter((u) => !u.startsWith('https://www.linkedin.com'))).toEqual([]);
    expect(withVouch.served.length).toBeGreaterThanOrEqual(4);
    expect(extensionLoads).toEqual([]);
  });
});
