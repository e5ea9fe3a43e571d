// A heavy feed: a few hundred posts, half in the page and half added as the user scrolls (as
// LinkedIn's infinite feed does), so the DOM changes while Vouch is loaded.
import { feedPosts, globalNav, page } from './markup.mjs';

export const FEED_PATH = '/feed/';

// Scrolls one step per frame; when near the end, moves the next posts from the template into the
// feed. Resolves once every post is in and the bottom is reached.
const SCROLL = `
window.__benchScroll = (step, batch) => new Promise((done) => {
  const feed = document.getElementById('feed');
  const rest = document.getElementById('more-posts').content;
  const frame = () => {
    window.scrollBy(0, step);
    const atEnd = window.scrollY + innerHeight >= document.documentElement.scrollHeight - 4 * innerHeight;
    if (atEnd && rest.firstElementChild) {
      const chunk = document.createDocumentFragment();
      for (let i = 0; i < batch && rest.firstElementChild; i++) chunk.append(rest.firstElementChild);
      feed.append(chunk);
    } else if (atEnd && window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2) {
      return done(feed.children.length);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});`;

/** @param {{ initial?: number, later?: number }} [opts] posts in the page, and posts added on scroll */
export function feedPage({ initial = 150, later = 150 } = {}) {
  return page({
    title: 'Feed | LinkedIn',
    body: `${globalNav()}<main id="main" class="scaffold-layout__main" aria-label="Main Feed"><h1 class="visually-hidden">Feed updates</h1>
<div id="feed" class="scaffold-finite-scroll__content">${feedPosts(0, initial)}</div>
<template id="more-posts">${feedPosts(initial, later)}</template></main>`,
    script: SCROLL,
  });
}
