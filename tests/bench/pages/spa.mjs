// One single-page app for three URLs, as LinkedIn is: a profile, the request form over it, and the
// feed. Navigation is history.pushState plus a content swap, never a page load.
import { CONTACT, feedPosts, globalNav, page, profileMain, requestFormModal } from './markup.mjs';

export const SPA_PATHS = {
  profile: `/in/${CONTACT.id}/`,
  form: `/in/${CONTACT.id}/edit/forms/recommendation/request/`,
  feed: '/feed/',
};

const ROUTER = `
(() => {
  const app = document.getElementById('app');
  const views = ${JSON.stringify(SPA_PATHS)};
  const cycle = [views.profile, views.form, views.feed];
  const viewOf = (path) => (path === views.feed ? 'feed' : path === views.form ? 'form' : 'profile');
  const render = () => {
    const view = viewOf(location.pathname);
    app.replaceChildren(document.importNode(document.getElementById('view-' + view).content, true));
    document.title = view === 'feed' ? 'Feed | LinkedIn' : '${CONTACT.name} | LinkedIn';
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  render();
  window.__benchNavigate = async (count) => {
    for (let i = 0; i < count; i++) {
      const next = cycle[(cycle.indexOf(location.pathname) + 1) % cycle.length];
      history.pushState({}, '', next);
      render();
      await frame();
      await frame();
      await new Promise((r) => setTimeout(r, 0));
    }
    return location.pathname;
  };
})();`;

export function spaPage() {
  return page({
    title: `${CONTACT.name} | LinkedIn`,
    body: `${globalNav()}<div id="app"></div>
<template id="view-profile">${profileMain()}</template>
<template id="view-form">${profileMain()}${requestFormModal()}</template>
<template id="view-feed"><main id="main" aria-label="Main Feed"><div id="feed">${feedPosts(0, 30)}</div></main></template>`,
    script: ROUTER,
  });
}

/** Every path of the app, each served the same document (the app renders what the URL says). */
export function spaPages() {
  const html = spaPage();
  return Object.fromEntries(Object.values(SPA_PATHS).map((p) => [p, html]));
}
