import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createPageOutbox } from '@/components/shared/delivery';
import { openDashboard } from '@/components/dashboard/open-dashboard';
import { followTabs, type TabApis } from '@/components/side-panel/tab-store';
import { createRemoteBox } from '@/components/side-panel/remote-box';
import { BOX_PORT } from '@/components/side-panel/tab-page';
import { SidePanelApp } from '@/components/side-panel/SidePanelApp';
import { preloadSettings } from '@/components/shared/use-settings';
import { setLanguage } from '@/components/i18n/t';

// Wiring only. The panel follows its window's active tab, or the one tab named by `?tab=<id>`
// (the same page opened in a tab, bound to a LinkedIn tab: how the end-to-end tests drive it).
const param = new URLSearchParams(location.search).get('tab');
const bound = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const tabs = followTabs(browser as unknown as TabApis, bound);
const outbox = createPageOutbox();

// The first render speaks the chosen language: a chosen one's messages load before it.
const language = preloadSettings().then((s) => setLanguage(s.language));

void language.catch(() => {}).then(() => createRoot(document.getElementById('root')!).render(
  <SidePanelApp
    tabs={tabs}
    call={outbox.call}
    connectBox={(tabId, frameId) => createRemoteBox(() => browser.tabs.connect(tabId, { name: BOX_PORT, frameId }))}
    openDashboard={() => void openDashboard(browser).catch(() => {})}
    openInTab={(tabId, url) => void browser.tabs.update(tabId, { url }).catch(() => {})}
  />,
));
