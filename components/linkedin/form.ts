/**
 * Whether a recommendation form is open, which kind, and where its text box is. Three containers
 * exist (legacy modal, native `<dialog>`, full page in `main`, maybe in two steps). Everything is
 * found by structure, in any display language: the kind from the URL, the Relationship field as the
 * one whose options' values name a relationship (else the first field), Position as the field after
 * it. Words (components/linkedin/wording.ts) only add what structure cannot say. Returns null where
 * no such form is open.
 */
import { IDENTITY_SELECTORS, isProfileLink, readViewer } from './identity';
import { topCardName, type ReadFailure } from './profile';
import { relationshipFromFormOption, relationshipFromValue } from './relationship';
import { pageLanguage, wordingFor } from './wording';
import { firstNameOf, foldForCompare, oneLine, readLines, readText } from './text';
import { isAskForm, isFormUrl, isRequestForm, isWriteForm, pageProfileId, profileIdFromHref } from '@/storage/linkedin-urls';

export type { ReadFailure };

export interface FormReading {
  kind: 'request' | 'write';
  contact: { id: string; name?: string; firstName?: string };
  textBox: HTMLTextAreaElement | HTMLElement | null;
  maxLength: number | null;
  relationship: string | null;
  missing: string[];
}

/** Each entry names one selector; tests/reading/selector-counts.ts says how many elements it matches on each fixture page. */
export const FORM_SELECTORS = {
  /** Legacy Ember modal. */
  legacyModal: { css: 'div[data-test-modal][role="dialog"]' },
  /** Any ARIA dialog (does not match a native `<dialog>`). */
  ariaDialog: { css: '[role="dialog"]' },
  /** Native dialogs, shown ones only. */
  nativeDialog: { css: 'dialog[open]' },
  /** The full-page form lives in the page's main landmark. */
  main: { css: 'main, [role="main"]' },
  /** The recommendation or message box. */
  textBoxes: { css: 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]' },
  /** The form's choice fields (Relationship, Position); a text input with a combobox role is a people picker, not one. */
  fields: { css: 'select, [role="combobox"]:not(input)' },
  labels: { css: 'label' },
};

const HEADING = 'h1, h2, h3, [role="heading"]';

/** The form's heading where the page's language has words for it; '' otherwise. */
function headingOf(container: Element): string {
  const { requestHeading, writeHeading } = wordingFor(pageLanguage(container.ownerDocument));
  for (const h of Array.from(container.querySelectorAll(HEADING))) {
    const text = readText(h);
    if (requestHeading?.test(text) || writeHeading?.test(text)) return text;
  }
  return '';
}

function fieldsIn(container: Element): Element[] {
  return Array.from(container.querySelectorAll(FORM_SELECTORS.fields.css));
}

function optionValues(field: Element): string {
  return Array.from(field.querySelectorAll('option')).map((o) => o.value).join(' ');
}

/** The Relationship field: the one whose options' values name a relationship, else the form's first field. */
export function relationshipField(container: Element): Element | null {
  const fields = fieldsIn(container);
  return fields.find((f) => /relationship/i.test(optionValues(f))) ?? fields[0] ?? null;
}

/** The "Position at the time" field: the field after the Relationship field. */
export function positionField(container: Element): Element | null {
  const fields = fieldsIn(container);
  const rel = relationshipField(container);
  return rel ? fields[fields.indexOf(rel) + 1] ?? null : null;
}

function visible(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]') && !el.hasAttribute('disabled') && !el.hasAttribute('readonly')
    && el.getAttribute('contenteditable') !== 'false';
}

/** What a select or combobox shows as chosen: the option's text, not its value. */
export function chosenText(field: Element): string {
  if (field.tagName === 'SELECT') {
    const select = field as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return oneLine(option?.text ?? '');
  }
  const valueText = field.getAttribute('aria-valuetext');
  if (valueText) return oneLine(valueText);
  if (field.tagName === 'INPUT') return oneLine((field as HTMLInputElement).value);
  // Adjacent spans carry no space between them: read each part apart; a label inside comes before the value.
  const parts = (field.children.length ? Array.from(field.children).map(readText) : [readText(field)]).filter(Boolean);
  return oneLine(parts[parts.length - 1] ?? '');
}

/** Whether a choice is made: a select's value, or a combobox showing one. */
function hasChoice(field: Element): boolean {
  return field.tagName === 'SELECT' ? !!(field as HTMLSelectElement).value : !!chosenText(field);
}

function textBoxIn(container: Element): HTMLElement | null {
  const boxes = Array.from(container.querySelectorAll<HTMLElement>(FORM_SELECTORS.textBoxes.css)).filter(visible);
  return boxes[0] ?? null;
}

// "0/3,000" counters under boxes that carry no maxlength attribute.
const COUNTER = /^\d[\d,.\s]*\/\s*(\d[\d,.\s]*\d|\d)(?:\s*characters?)?$/i;

export function maxLengthOf(box: HTMLElement | null, container: Element): number | null {
  const attr = box?.getAttribute('maxlength') ?? box?.getAttribute('aria-valuemax') ?? box?.getAttribute('data-max-length');
  const n = attr ? parseInt(attr, 10) : NaN;
  if (n > 0) return n;
  for (const line of readLines(container)) {
    const m = COUNTER.exec(line);
    if (m?.[1]) return parseInt(m[1].replace(/[,.\s]/g, ''), 10);
  }
  return null;
}

/**
 * A recommendation form holds its two choice fields, or one beside a text box; on a form's own URL
 * a text box alone is its second step. Where the language is known, the heading also tells.
 */
function isRecommendationForm(container: Element, onFormUrl: boolean): boolean {
  const fields = fieldsIn(container).length;
  const box = !!textBoxIn(container);
  if (fields >= 2 || (fields === 1 && box) || (onFormUrl && box)) return true;
  return !!headingOf(container) && (box || fields > 0);
}

/** Dialogs first: a modal over a profile sits beside the profile's own `main`. */
export function findForm(doc: Document, url?: URL): Element | null {
  const s = FORM_SELECTORS;
  const candidates = [
    ...Array.from(doc.querySelectorAll(s.legacyModal.css)),
    ...Array.from(doc.querySelectorAll(s.nativeDialog.css)),
    ...Array.from(doc.querySelectorAll(s.ariaDialog.css)),
    ...Array.from(doc.querySelectorAll(s.main.css)),
  ];
  const onFormUrl = !!url && isFormUrl(url);
  return candidates.find((c) => !c.closest('[hidden]') && isRecommendationForm(c, onFormUrl)) ?? null;
}

function kindOf(url: URL, heading: string, lang = 'en'): 'request' | 'write' {
  if (isRequestForm(url) || isAskForm(url)) return 'request';
  if (isWriteForm(url)) return 'write';
  return wordingFor(lang).requestHeading?.test(heading) ? 'request' : 'write';
}

/** Whether `short` is the leading words of `full` and shorter ("Kim" of "Kim Park"), compared without case or accents. */
export function isLeadingWords(short: string, full: string): boolean {
  const a = foldForCompare(short).split(' ').filter(Boolean);
  const b = foldForCompare(full).split(' ').filter(Boolean);
  return a.length > 0 && a.length < b.length && a.every((w, i) => w === b[i]);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first name as the page itself writes it. LinkedIn addresses a member by first name in the
 * form's own wording ("Mary Ann was senior to you…", "Recommend Kim", "Ask Sam to write…"), and a
 * first name may be several words: the longest run of the name's leading words that the wording
 * holds, not followed by the name's next word (that would be the full name), is it. Without such
 * wording the first word is the best guess.
 */
export function firstNameFromWording(name: string, wording: string[]): string {
  const first = firstNameOf(name);
  const words = oneLine(name).split(' ');
  const start = words.indexOf(first);
  if (start < 0) return first;
  let end = words.length;
  while (end > start && !/\p{L}/u.test(words[end - 1]!)) end--; // trailing emoji are not name words
  const texts = wording.map(foldForCompare).filter(Boolean);
  for (let n = end - start - 1; n >= 2; n--) {
    const run = foldForCompare(words.slice(start, start + n).join(' '));
    const next = foldForCompare(words[start + n] ?? '');
    const said = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(run)}(?![\\p{L}\\p{M}])(?!\\s+${escapeRegExp(next)}(?![\\p{L}\\p{M}]))`, 'u');
    if (texts.some((t) => said.test(t))) return words.slice(start, start + n).join(' ');
  }
  return first;
}

/** The form's own words that may name the contact: its prose and the Relationship field's options, never the text box. */
function formWording(form: Element, field: Element | null): string[] {
  const boxes = FORM_SELECTORS.textBoxes.css;
  const prose = Array.from(form.querySelectorAll('h1, h2, h3, p, label, legend, [role="option"]'))
    .filter((el) => !el.closest(boxes))
    .map(readText);
  const options = field ? [chosenText(field), ...Array.from(field.querySelectorAll('option')).map((o) => oneLine(o.text))] : [];
  return [...prose, ...options];
}

function contactOf(doc: Document, url: URL, form: Element, heading: string, missing: string[]): FormReading['contact'] {
  const viewerId = readViewer(doc)?.id;
  const people = Array.from(form.querySelectorAll(IDENTITY_SELECTORS.profileLinks.css)).filter(isProfileLink);
  const chip = people.find((a) => profileIdFromHref(a.getAttribute('href') ?? '') !== viewerId);
  const fromUrl = pageProfileId(url);
  const id = (fromUrl && fromUrl !== 'me' ? fromUrl : null) ?? (chip ? profileIdFromHref(chip.getAttribute('href') ?? '') : null);
  const inHeading = wordingFor(pageLanguage(doc)).nameInHeading ?? [];
  const fromHeading = oneLine(inHeading.map((re) => re.exec(heading)?.[1]).find(Boolean) ?? '');
  // Not the title: on a form's page it names the form, not the person.
  const onPage = [topCardName(doc), chip ? readLines(chip)[0] ?? '' : ''].filter(Boolean);
  // The heading is the form's own and wins, except where it gives only the first name ("Recommend
  // Kim") and the page shows the fuller one ("Kim Park").
  const fuller = fromHeading ? onPage.find((n) => isLeadingWords(fromHeading, n)) : undefined;
  const name = fuller ?? (fromHeading || onPage[0] || '');
  const contact: FormReading['contact'] = { id: id ?? '' };
  if (!id) missing.push('contact');
  if (name) {
    contact.name = name;
    contact.firstName = firstNameFromWording(name, formWording(form, relationshipField(form)));
  } else missing.push('contact.name');
  return contact;
}

/**
 * Whether `button` is the open form's Send: by its role in the form, never its words. A submit
 * button where the form has one, else the last button on show in a step that has the text box
 * (the one after the fields and the box; a first step's last button is Next).
 */
export function isSendButton(button: Element, doc: Document, url?: URL): boolean {
  const form = findForm(doc, url);
  if (!form?.contains(button) || !textBoxIn(form)) return false;
  const shown = Array.from(form.querySelectorAll('button, [role="button"], input[type="submit"]')).filter(
    (b) => !b.closest('[hidden], [aria-hidden="true"]') && !b.matches('[role="combobox"], [aria-haspopup]'),
  );
  const submit = shown.find((b) => b.getAttribute('type') === 'submit');
  return button === (submit ?? shown[shown.length - 1]);
}

/** What the panel gets on a form's own URL when the form cannot be read at all: who, from the URL, and that the form is missing. */
function unreadableForm(url: URL): FormReading {
  const fromUrl = pageProfileId(url);
  const id = fromUrl && fromUrl !== 'me' ? fromUrl : '';
  return { kind: kindOf(url, ''), contact: { id }, textBox: null, maxLength: null, relationship: null, missing: id ? ['form'] : ['form', 'contact'] };
}

function note(missing: string[], part: string): void {
  if (!missing.includes(part)) missing.push(part);
}

/**
 * The option chosen in the form's "Position at the time" field: the role the recommendation is
 * about ("Product Designer at Norrland Freight"), or null when there is none, nothing is chosen,
 * or it cannot be read. Apart from `readForm`, whose reading has a fixed shape.
 */
export function readPosition(doc: Document): string | null {
  try {
    const form = findForm(doc);
    const field = form && positionField(form);
    if (!field || !hasChoice(field)) return null;
    const text = chosenText(field);
    return text ? text.slice(0, 200) : null;
  } catch {
    return null;
  }
}

/**
 * The open recommendation form, or null where none is open. Never throws: on a form's own URL a
 * form that cannot be found for an error is still a reading (`missing: ['form']`), so that the
 * panel says "can't read" instead of vanishing; within a found form, each part that fails is named
 * in `missing` and the rest is still read. `onError` hears every error caught, for the log.
 */
export function readForm(doc: Document, url: URL, onError?: ReadFailure): FormReading | null {
  let form: Element | null;
  try {
    form = findForm(doc, url);
  } catch (e) {
    onError?.('read-form', e);
    return isFormUrl(url) ? unreadableForm(url) : null;
  }
  if (!form) return null;
  const found = form;
  const missing: string[] = [];
  const attempt = <T>(part: string, fallback: T, read: () => T): T => {
    try {
      return read();
    } catch (e) {
      note(missing, part);
      onError?.(`read-form:${part}`, e);
      return fallback;
    }
  };
  const lang = pageLanguage(doc);
  const heading = attempt('heading', '', () => headingOf(found));
  const kind = kindOf(url, heading, lang);
  const contact = attempt('contact', unreadableForm(url).contact, () => contactOf(doc, url, found, heading, missing));
  const textBox = attempt('textBox', null, () => textBoxIn(found));
  // A first step: its fields on show and no box yet (the box comes after Next).
  const waitingForNext = attempt('textBox', false, () => !textBox && fieldsIn(found).some((f) => !f.closest('[hidden]')));
  if (!textBox && !waitingForNext) note(missing, 'textBox');
  const field = attempt('relationship', null, () => relationshipField(found));
  // A box with no fields beside it is a second step whose first was removed: nothing is missing.
  const secondStepOnly = attempt('relationship', false, () => !!textBox && !waitingForNext && !found.querySelector(FORM_SELECTORS.fields.css));
  if (!field && !secondStepOnly) note(missing, 'relationship');
  return {
    kind,
    contact,
    textBox,
    maxLength: attempt('maxLength', null, () => maxLengthOf(textBox, found)),
    relationship: attempt('relationship', null, () => {
      if (!field || !hasChoice(field)) return null;
      const value = field.tagName === 'SELECT' ? (field as HTMLSelectElement).value : '';
      const kindRead = relationshipFromValue(value) ?? relationshipFromFormOption(chosenText(field), kind, lang);
      // Chosen, but worded in a language whose form options Vouch has no words for (known only
      // where the table names the viewer, `you`; Portuguese, say, has caption words alone).
      if (!kindRead && !wordingFor(lang).you) note(missing, 'relationship');
      return kindRead;
    }),
    missing,
  };
}
