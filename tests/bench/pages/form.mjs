// The request form's page: the profile behind, and the form's container inserted on demand at a
// recorded instant. The page itself watches, each frame, for Vouch's panel to be visible.
import { CONTACT, globalNav, page, profileMain, requestFormModal } from './markup.mjs';

export const FORM_PATH = `/in/${CONTACT.id}/edit/forms/recommendation/request/`;

// The panel's host has an open shadow root in the E2E build, which is what this page is used with.
const OPEN_FORM = `
window.__benchOpenForm = (timeout) => new Promise((done) => {
  const form = document.importNode(document.getElementById('form').content, true);
  const t0 = performance.now();
  document.body.append(form);
  const look = () => {
    const panel = document.querySelector('vouch-panel')?.shadowRoot?.querySelector('.vouch-panel');
    const now = performance.now();
    if (panel && panel.checkVisibility() && panel.getBoundingClientRect().height > 0) return done(now - t0);
    if (now - t0 > timeout) return done(null);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
});`;

export function formPage() {
  return page({
    title: `${CONTACT.name} | LinkedIn`,
    body: `${globalNav()}${profileMain()}<template id="form">${requestFormModal()}</template>`,
    script: OPEN_FORM,
  });
}
