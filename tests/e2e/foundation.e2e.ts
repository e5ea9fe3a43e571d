import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryToConnect } from './probes.mjs';
import { collectPageErrors, fixtureIndex, launch, openTab, sidePanelFor, tabIdOf, type Launched } from './harness.mjs';

/** How long to wait for what crosses processes (the tab, the worker, the panel) on a busy machine. */
const SOON = { timeout: 10_000 };

const FORM_KINDS = new Set(['request-form', 'write-form', 'ask-form']);
const fixtures = fixtureIndex();

/** What the side panel's title and the toolbar badge say for a form fixture. */
const formShown = (kind: string) =>
  kind === 'write-form' ? { label: /^Vouch: Write a recommendation/, badge: 'Rec' } : { label: /^Vouch: Ask for a recommendation/, badge: 'Ask' };
const GLANCE = /^Vouch: Your recommendations$/;

/**
 * A LinkedIn page in a tab whose id is known, for a page Vouch reports nothing on. The tab opens
 * blank and is then sent to the page, so that the harness answers it from the fixtures (a tab the
 * extension opens at the address is not intercepted: it ends on Chromium's error page).
 */
async function openLinkedInTab(url: string) {
  const { page, tabId } = await openTab(browser, 'about:blank');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  expect(page.url()).toBe(url);
  return { page, tabId };
}

/** The toolbar badge of a tab, as the browser shows it. */
const badgeOf = (b: Launched, tabId: number) =>
  b.worker!.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);

/** The browser's side panels of this extension, as its worker sees them. */
const sidePanels = (b: Launched) =>
  b.worker!.evaluate(async () =>
    ((await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as { documentUrl?: string }[]).map((c) => c.documentUrl ?? ''),
  );

/**
 * Samples `read` for a while and returns every distinct value seen: for what must NOT happen
 * (a slow machine can only make this miss a change, never report one that did not happen).
 */
async function valuesFor<T>(read: () => Promise<T>, ms = 1_000): Promise<T[]> {
  const seen = new Set<string>();
  const until = Date.now() + ms;
  do {
    seen.add(JSON.stringify(await read()));
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < until);
  return [...seen].map((v) => JSON.parse(v) as T);
}

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built extension in Chromium', () => {
  it('loads: its service worker runs and answers a message from its own page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const reply = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ vouch: 1, type: 'ping', payload: {} }));
    expect(reply).toEqual({ ok: true, data: { pong: true } });
    await expect.poll(() => page.getByRole('heading', { name: 'Vouch', level: 1 }).count(), SOON).toBe(1);
    await page.close();
  });

  it("refuses any network connection from its own pages (connect-src 'none' holds)", async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const outcome = await page.evaluate(tryToConnect);
    expect(outcome).toEqual({ fetched: 'refused', violations: ['connect-src'] });
    await page.close();
  });

  it('without request interception (the benchmark), still counts any request for the network', async () => {
    const bare = await launch({ intercept: false });
    try {
      const page = await bare.context.newPage();
      await page.goto(`chrome-extension://${bare.extensionId}/dashboard.html`);
      await expect.poll(() => page.getByRole('heading', { name: 'Vouch', level: 1 }).count(), SOON).toBe(1);
      expect(bare.blocked).toEqual([]);
      // An image is not covered by connect-src, so the browser does ask the network for it.
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://example.invalid/pixel.png';
        document.body.append(img);
      });
      await expect.poll(() => bare.blocked, SOON).toEqual(['https://example.invalid/pixel.png']);
    } finally {
      await bare.close();
    }
  });

  it('has fixture pages for every form kind and the feed', () => {
    const kinds = new Set(fixtures.map((f) => f.kind));
    for (const k of ['request-form', 'write-form', 'feed', 'profile']) expect(kinds).toContain(k);
  });

  for (const f of fixtures.filter((x) => FORM_KINDS.has(x.kind))) {
    it(`shows the form's panel in the side panel, and the badge, on ${f.file}`, async () => {
      const { label, badge } = formShown(f.kind);
      const page = await browser.open(f.url);
      const errors = collectPageErrors(page);
      const opener = page.locator('#open-form');
      if (await opener.count()) await opener.click();
      const { panelPage, panel, tabId } = await sidePanelFor(browser, page);
      await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(label);
      await expect.poll(() => badgeOf(browser, tabId), SOON).toBe(badge);
      expect(errors).toEqual([]);
      await page.close();
      await panelPage.close();
    });
  }

  for (const f of fixtures.filter((x) => x.kind === 'feed' || x.kind === 'other')) {
    it(`has nothing to do on ${f.file}: a glance at the ledger in the side panel, no badge`, async () => {
      const { page, tabId } = await openLinkedInTab(f.url);
      const errors = collectPageErrors(page);
      const { panelPage, panel } = await sidePanelFor(browser, page, tabId);
      await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(GLANCE);
      await expect.poll(() => panel.textContent(), SOON).toContain('Open a profile, or LinkedIn');
      // Vouch's content script is alive there (the panel asked it), and said nothing is to be done.
      expect(await panel.textContent()).not.toContain("can't see this LinkedIn tab");
      expect(await badgeOf(browser, tabId)).toBe('');
      expect(errors).toEqual([]);
      await page.close();
      await panelPage.close();
    });
  }

  it("badges the tab: 'Ask' on a request form, 'Rec' on a write form, nothing on the feed", async () => {
    const request = fixtures.find((x) => x.file === 'form-request-modal.html')!;
    const write = fixtures.find((x) => x.file === 'form-write-dialog.html')!;
    const feed = fixtures.find((x) => x.kind === 'feed')!;
    const a = await browser.open(request.url);
    const b = await browser.open(write.url);
    const c = await openLinkedInTab(feed.url);
    const [ta, tb] = [await tabIdOf(browser.worker, a), await tabIdOf(browser.worker, b)];
    await expect.poll(() => badgeOf(browser, ta), SOON).toBe('Ask');
    await expect.poll(() => badgeOf(browser, tb), SOON).toBe('Rec');
    // The feed reports nothing: its badge stays empty while the others show theirs.
    expect(await valuesFor(() => badgeOf(browser, c.tabId), 500)).toEqual(['']);
    // The form closing takes the badge away.
    await a.locator('[data-fixture-dismiss]').first().click();
    await expect.poll(() => badgeOf(browser, ta), SOON).toBe('');
    await Promise.all([a.close(), b.close(), c.page.close()]);
  });

  it("opens the real side panel on the user's own click on LinkedIn's Recommend, not on a script's", async () => {
    const own = await launch();
    try {
      const url = fixtures.find((x) => x.file === 'form-open-click.html')!.url;
      // A click made by the page's own script (untrusted) opens LinkedIn's form, and no side panel.
      const scripted = await own.open(url);
      const scriptedTab = await tabIdOf(own.worker, scripted);
      await scripted.evaluate(() => (document.querySelector('#open-form') as HTMLElement).click());
      // The click's message goes before the form's report (one channel, in order): once the badge
      // says the form is open, a request for the panel would have been handled.
      await expect.poll(() => badgeOf(own, scriptedTab), SOON).toBe('Rec');
      expect(await sidePanels(own)).toEqual([]);

      // The user's click (Playwright's is a trusted one) opens it.
      const page = await own.open(url);
      const errors = collectPageErrors(page);
      await tabIdOf(own.worker, page);
      await page.locator('#open-form').click();
      await expect.poll(() => sidePanels(own), SOON).toEqual([`chrome-extension://${own.extensionId}/sidepanel.html`]);
      // It shows the form the click opened, for the tab in front.
      const { panelPage } = await sidePanelFor(own, page);
      const realLabel = () =>
        panelPage.evaluate(() => {
          const views = (globalThis as any).chrome.extension.getViews() as Window[];
          const real = views.find((v) => v.location.pathname === '/sidepanel.html' && v.location.search === '');
          return real?.document.querySelector('section.vouch-panel')?.getAttribute('aria-label') ?? null;
        });
      await expect.poll(realLabel, SOON).toMatch(/^Vouch: Write a recommendation/);
      expect(errors).toEqual([]);
      expect(own.blocked).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it("one click on the side panel's Pause stops Vouch in every LinkedIn tab at once", async () => {
    const form = fixtures.find((x) => x.kind === 'request-form' && !/click|timeout/.test(x.file))!;
    const profile = fixtures.find((x) => x.file === 'profile-legacy-connection.html')!;
    const a = await browser.open(form.url);
    const b = await browser.open(profile.url);
    const pa = await sidePanelFor(browser, a);
    const pb = await sidePanelFor(browser, b);
    await expect.poll(() => pa.panel.getAttribute('aria-label'), SOON).toMatch(/^Vouch: Ask/);
    await expect.poll(() => pb.panel.getAttribute('aria-label'), SOON).toMatch(/^Vouch: Where you stand/);
    await expect.poll(() => badgeOf(browser, pa.tabId), SOON).toBe('Ask');

    await pa.panel.getByRole('button', { name: 'Pause', exact: true }).click();
    // Both tabs stop: each content script says it shows nothing, and both panels say Vouch is paused.
    await expect.poll(() => badgeOf(browser, pa.tabId), SOON).toBe('');
    for (const p of [pa, pb]) await expect.poll(() => p.panel.textContent(), SOON).toContain('Vouch is paused');
    const states = () =>
      browser.worker!.evaluate(async (ids) => {
        const all = await (globalThis as any).chrome.storage.session.get(ids.map((id) => `tab:${id}`));
        // Nothing kept for a tab (forgotten as it navigated) says the same as 'none'.
        return ids.map((id) => all[`tab:${id}`]?.page?.kind ?? 'none');
      }, [pa.tabId, pb.tabId]);
    await expect.poll(states, SOON).toEqual(['none', 'none']);

    // Navigating within LinkedIn while paused brings nothing back.
    await b.evaluate((url) => history.pushState({}, '', new URL(url).pathname), form.url);
    expect(await valuesFor(async () => [await badgeOf(browser, pb.tabId), ...(await states())])).toEqual([['', 'none', 'none']]);

    await pb.panel.getByRole('button', { name: 'Resume Vouch' }).click();
    await expect.poll(() => badgeOf(browser, pa.tabId), SOON).toBe('Ask');
    await expect.poll(() => pa.panel.getAttribute('aria-label'), SOON).toMatch(/^Vouch: Ask/);
    await Promise.all([a.close(), b.close(), pa.panelPage.close(), pb.panelPage.close()]);
  });

  it('follows LinkedIn from page to page without reloading: the form in the side panel where one opens, a glance on the feed', async () => {
    const feed = fixtures.find((x) => x.kind === 'feed')!;
    const form = fixtures.find((x) => x.kind === 'write-form' && /dialog/.test(x.file))!;
    const { page, tabId } = await openLinkedInTab(feed.url);
    const errors = collectPageErrors(page);
    const { panelPage, panel } = await sidePanelFor(browser, page, tabId);
    await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(GLANCE);
    // LinkedIn is a single-page app: the form arrives by pushState and a DOM swap, not a page load.
    await page.evaluate((url) => {
      history.pushState({}, '', url);
      const dialog = document.createElement('dialog');
      dialog.setAttribute('data-testid', 'dialog');
      const h2 = document.createElement('h2');
      h2.textContent = 'Recommend Priya';
      const label = document.createElement('label');
      label.textContent = 'Write your recommendation';
      label.htmlFor = 'spa-text';
      const box = document.createElement('textarea');
      box.id = 'spa-text';
      box.maxLength = 3000;
      dialog.append(h2, label, box);
      document.body.append(dialog);
      dialog.showModal();
    }, form.url);
    await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(/^Vouch: Write a recommendation/);
    await expect.poll(() => badgeOf(browser, tabId), SOON).toBe('Rec');
    // The user types in LinkedIn's box; the coach beside it sees the text.
    await page.locator('#spa-text').fill('Priya led our move to the new billing system.');
    await expect.poll(() => panel.getByTestId('length').textContent(), SOON).toMatch(/^45 \//);

    await page.evaluate((url) => {
      document.querySelector('dialog')!.remove();
      history.pushState({}, '', url);
    }, feed.url);
    await expect.poll(() => badgeOf(browser, tabId), SOON).toBe('');
    // The panel says the form closed and keeps it until the user is done with it; then the glance.
    await expect.poll(() => panel.textContent(), SOON).toContain("LinkedIn's form is closed");
    await panel.getByRole('button', { name: 'Done with this form' }).click();
    await expect.poll(() => panel.getAttribute('aria-label'), SOON).toMatch(GLANCE);
    expect(errors).toEqual([]);
    await page.close();
    await panelPage.close();
  });

  it('made no network request of its own', () => {
    expect(browser.blocked).toEqual([]);
  });
});
