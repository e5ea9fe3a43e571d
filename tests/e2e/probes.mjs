// Functions that run inside a page (passed to Playwright's or puppeteer's page.evaluate), shared
// by the Chromium and Firefox suites.

/**
 * Tries a fetch to LinkedIn from the page and reports whether it connected and which CSP
 * directives refused it (an extension page with connect-src 'none' says 'refused', ['connect-src']).
 */
export async function tryToConnect() {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
  const fetched = await fetch('https://www.linkedin.com/voyager/api/me').then(
    () => 'connected',
    () => 'refused',
  );
  await new Promise((r) => setTimeout(r, 200));
  return { fetched, violations };
}
