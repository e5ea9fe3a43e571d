// A connection's profile where the user opens LinkedIn's request form: the profile behind, and the
// form's container inserted on demand at a recorded instant.
import { CONTACT, globalNav, page, profileMain, requestFormModal } from './markup.mjs';

/** The profile the form opens on, as LinkedIn's More menu opens it over the profile. */
export const FORM_PATH = `/in/${CONTACT.id}/`;

// The form's container goes in on demand; the page says when, on the clock every page of the
// browser shares (the side panel's page reads the same one).
const OPEN_FORM = `
window.__benchOpenForm = () => {
  const form = document.importNode(document.getElementById('form').content, true);
  const at = performance.timeOrigin + performance.now();
  document.body.append(form);
  return at;
};`;

export function formPage() {
  return page({
    title: `${CONTACT.name} | LinkedIn`,
    body: `${globalNav()}${profileMain()}<template id="form">${requestFormModal()}</template>`,
    script: OPEN_FORM,
  });
}
