/**
 * LinkedIn's own controls that open a recommendation form ("Request a recommendation",
 * "Recommend", "Ask for a recommendation", "Write a recommendation"), recognised so that the
 * user's click on one also opens Vouch's side panel. Structure first: a link to a recommendation
 * form's URL, in any language. Where the control is a plain button (the profile's More menu), its
 * words are the only sign, so they are kept in one table per language where evidence exists.
 */
const FORM_LINK = 'a[href*="/edit/forms/recommendation/"]';
const CONTROL = 'button, a, [role="button"], [role="menuitem"], [role="option"], li';

/** Labels of the controls, by language (second-hand outside English: see docs/linkedin-pages.md). */
export const RECOMMEND_CONTROL_WORDS: Record<string, RegExp> = {
  en: /^(request a recommendation|ask for a recommendation|ask to be recommended|recommend|write a recommendation)\b/i,
  it: /^(chiedi una referenza)\b/i,
};

function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a click on `target` is a click on one of those controls. */
export function isRecommendControl(target: Element): boolean {
  if (target.closest(FORM_LINK)) return true;
  const control = target.closest(CONTROL);
  if (!control) return false;
  const label = labelOf(control);
  return label.length <= 80 && Object.values(RECOMMEND_CONTROL_WORDS).some((words) => words.test(label));
}
