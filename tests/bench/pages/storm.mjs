// The feed under a storm of DOM changes: every frame, thousands of nodes leave and thousands
// arrive (`perFrame` elements, half of them with a text node). Frame times come from requestAnimationFrame, long tasks from the browser's own observer.
import { feedPosts, globalNav, page } from './markup.mjs';

export const STORM_PATH = '/feed/';

const STORM = `
window.__benchStorm = (ms, perFrame) => new Promise((done) => {
  const live = document.getElementById('live');
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
  observer.observe({ type: 'longtask' });
  const frames = [];
  let batch = null;
  let start = 0;
  const build = (n) => {
    const box = document.createElement('div');
    box.className = 'storm-batch';
    for (let i = 0; i < n; i += 2) {
      const item = document.createElement('div');
      item.className = 'storm-item';
      const label = document.createElement('span');
      label.textContent = 'update ' + i;
      item.append(label);
      box.append(item);
    }
    return box;
  };
  const frame = (now) => {
    if (!start) start = now;
    frames.push(now);
    batch?.remove();
    batch = build(perFrame);
    live.append(batch);
    if (now - start < ms) return requestAnimationFrame(frame);
    batch.remove();
    // Long tasks are reported after they end: give the observer a moment before reading it.
    setTimeout(() => { observer.disconnect(); done({ frames, longTasks }); }, 200);
  };
  requestAnimationFrame(frame);
});`;

export function stormPage({ posts = 40 } = {}) {
  return page({
    title: 'Feed | LinkedIn',
    // The live region is size-contained, like a feed's virtualised list: the storm is DOM work, not
    // a relayout of the whole page every frame.
    body: `${globalNav()}<main id="main" class="scaffold-layout__main" aria-label="Main Feed">
<div id="live" style="contain:strict;height:600px;overflow:hidden"></div><div id="feed">${feedPosts(0, posts)}</div></main>`,
    script: STORM,
  });
}
