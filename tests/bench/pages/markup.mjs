// LinkedIn-like building blocks for the bench pages, in the legacy front-end's shape (see
// docs/linkedin-pages.md). Self-contained: no request leaves the page, pictures are CSS.
// Deterministic: the same seed gives the same page, so runs differ only by the extension.

/** A small seeded generator (mulberry32): reproducible pages without shipping them. */
export function rng(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text into HTML: page text is data, never markup. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const FIRST = ['Jane', 'Sam', 'Amélie', 'Kenji', 'Priya', 'Omar', 'Lucía', 'Tom', 'Ngozi', 'Wei', 'Anna', 'Diego'];
const LAST = ['Doe', 'Rivera', 'Durand', 'Watanabe', 'Natarajan', 'Haddad', 'García', 'Berg', 'Okafor', 'Chen', 'Novak', 'Silva'];
const WORDS = (
  'team shipped launch quarter customers growth hiring lessons product design data platform migration ' +
  'proud grateful announce milestone leadership mentoring onboarding roadmap feedback release reliability ' +
  'latency users together conference talk open source community careers learning impact partnership'
).split(' ');

export const VIEWER = { id: 'alex-morgan', name: 'Alex Morgan' };
export const CONTACT = { id: 'jane-doe-42', name: 'Jane Doe', headline: 'Engineering Manager at Northwind' };
export const MEMBER_ID = 'ACoAAB1234567890abcdefghijklmnopqrstuvw';

const pick = (r, list) => list[Math.floor(r() * list.length)];
function sentence(r, words) {
  const s = Array.from({ length: words }, () => pick(r, WORDS)).join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** The global navigation with the Me menu, outside `main`, as on every LinkedIn page. */
export function globalNav() {
  return `<header id="global-nav" class="global-nav"><nav class="global-nav__nav" aria-label="Primary Navigation"><ul>
<li><a href="/feed/">Home</a></li><li><a href="/mynetwork/">My Network</a></li><li><a href="/messaging/">Messaging</a></li>
<li class="global-nav__me"><button type="button" aria-label="Me"><span class="avatar" style="display:inline-block;width:24px;height:24px;border-radius:50%;background:#8ab"></span> Me</button>
<div class="global-nav__me-content"><a href="/in/${VIEWER.id}/"><div>${escapeHtml(VIEWER.name)}</div><div>View profile</div></a></div></li></ul></nav></header>`;
}

/** One feed post: author, text, social counts and action bar, about forty elements. */
export function feedPost(i, r) {
  const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const vanity = `${name.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '-')}-${i}`;
  const paragraphs = Array.from({ length: 1 + Math.floor(r() * 3) }, () => `<p>${escapeHtml(sentence(r, 12 + Math.floor(r() * 30)))}</p>`).join('');
  return `<div class="feed-shared-update-v2 artdeco-card" data-urn="urn:li:activity:${7000000000000000000 + i}" role="article">
<div class="update-components-actor"><a class="update-components-actor__meta-link" href="/in/${vanity}/">
<span class="avatar" style="display:inline-block;width:48px;height:48px;border-radius:50%;background:hsl(${(i * 47) % 360} 40% 60%)"></span>
<span class="update-components-actor__title"><span aria-hidden="true">${escapeHtml(name)}</span><span class="visually-hidden">${escapeHtml(name)}</span></span>
<span class="update-components-actor__description">${escapeHtml(pick(r, WORDS))} lead at ${escapeHtml(pick(r, LAST))} Labs</span>
<span class="update-components-actor__sub-description">${1 + Math.floor(r() * 23)}h •</span></a>
<button class="artdeco-button" type="button" aria-label="Open control menu for post by ${escapeHtml(name)}">…</button></div>
<div class="feed-shared-update-v2__description"><div class="update-components-text">${paragraphs}</div></div>
<div class="update-components-image" style="height:${120 + Math.floor(r() * 160)}px;background:linear-gradient(${i * 13}deg,#dde,#bcd)"></div>
<div class="social-details-social-counts"><span>${Math.floor(r() * 900)} reactions</span><span>${Math.floor(r() * 80)} comments</span></div>
<div class="feed-shared-social-action-bar"><button type="button">Like</button><button type="button">Comment</button><button type="button">Repost</button><button type="button">Send</button></div>
</div>`;
}

/** A run of posts, numbered from `from`. */
export function feedPosts(from, count, seed = 7) {
  const r = rng(seed + from);
  return Array.from({ length: count }, (_, k) => feedPost(from + k, r)).join('\n');
}

/** A legacy profile: top card (name in the about-this-profile link), an About card and a recommendations card. */
export function profileMain(contact = CONTACT) {
  const r = rng(3);
  const item = (k) => {
    const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
    return `<li class="artdeco-list__item"><div data-view-name="profile-component-entity">
<a href="https://www.linkedin.com/in/recommender-${k}/"><div class="t-bold"><span aria-hidden="true">${escapeHtml(name)}</span><span class="visually-hidden">${escapeHtml(name)}</span></div></a>
<span class="t-14 t-normal"><span aria-hidden="true">Staff Engineer at Contoso</span></span>
<span class="pvs-entity__caption-wrapper" aria-hidden="true">May ${k + 1}, 2021, ${escapeHtml(name.split(' ')[0])} worked with ${escapeHtml(contact.name.split(' ')[0])} on the same team</span>
<div class="pvs-entity__sub-components"><span aria-hidden="true">${escapeHtml(sentence(r, 40))}</span></div></div></li>`;
  };
  return `<main id="main" class="scaffold-layout__main">
<section class="artdeco-card pv-top-card"><a href="/in/${contact.id}/overlay/about-this-profile/"><h1 class="inline t-24">${escapeHtml(contact.name)}</h1></a>
<div class="text-body-medium break-words">${escapeHtml(contact.headline)}</div>
<a href="/in/${contact.id}/details/recommendations/?profileUrn=urn%3Ali%3Afsd_profile%3A${MEMBER_ID}">Recommendations</a></section>
<section class="artdeco-card"><div id="about" class="pv-profile-card__anchor"></div><h2>About</h2><p>${escapeHtml(sentence(r, 60))}</p></section>
<section class="artdeco-card"><div id="recommendations" class="pv-profile-card__anchor"></div><h2>Recommendations</h2>
<div role="tablist"><button role="tab" id="rec-tab-0" aria-selected="true" aria-controls="rec-panel-0">Received</button>
<button role="tab" id="rec-tab-1" aria-selected="false" aria-controls="rec-panel-1">Given</button></div>
<div role="tabpanel" id="rec-panel-0" aria-labelledby="rec-tab-0"><ul>${[0, 1, 2].map(item).join('')}</ul></div>
<div role="tabpanel" id="rec-panel-1" aria-labelledby="rec-tab-1" hidden><ul>${[3, 4].map(item).join('')}</ul></div></section>
</main>`;
}

/** The request form as the legacy modal: heading, the two required selects, the message box and Send. */
export function requestFormModal(contact = CONTACT) {
  const first = contact.name.split(' ')[0];
  return `<div data-test-modal role="dialog" aria-labelledby="rec-form-title" class="artdeco-modal artdeco-modal--layer-default">
<button aria-label="Dismiss" type="button" class="artdeco-modal__dismiss">×</button>
<div class="artdeco-modal__header"><h2 id="rec-form-title">Request a recommendation</h2></div>
<div class="artdeco-modal__content"><form>
<label for="rec-relationship">Relationship</label>
<select id="rec-relationship" required><option value="">Please select</option>
<option>${escapeHtml(first)} managed you directly</option><option>You worked with ${escapeHtml(first)} on the same team</option></select>
<label for="rec-position">Position at the time</label>
<select id="rec-position" required><option value="">Please select</option><option>Software Engineer at Northwind</option></select>
<label for="rec-message">Include a personalized message with your request</label>
<textarea id="rec-message" maxlength="3000" rows="8">Hi ${escapeHtml(first)}, I'm sending you a request for a recommendation. Would you be able to write one for me?</textarea>
</form></div>
<div class="artdeco-modal__actionbar"><button type="button" class="artdeco-button--primary">Send</button></div></div>`;
}

/** A whole document around a body. */
export function page({ title, body, script = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#f4f2ee}main{max-width:640px;margin:0 auto}
.artdeco-card{background:#fff;border-radius:8px;margin:8px 0;padding:12px}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.global-nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:8px}.global-nav__me-content{display:none}
.artdeco-modal{position:fixed;top:10%;left:50%;transform:translateX(-50%);background:#fff;padding:16px;width:560px;box-shadow:0 4px 20px #0004;z-index:10}
.artdeco-modal label{display:block;margin-top:8px}.artdeco-modal textarea{width:100%}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}
