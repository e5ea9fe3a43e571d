/**
 * Reading text off LinkedIn's DOM once. Every label there is printed twice (a visible copy marked
 * `aria-hidden` and a screen-reader copy), badges such as "· 1st" are rendered and hidden by CSS,
 * and `innerText` is empty on the new front-end's cards: so text is read from `textContent`, block
 * by block, skipping screen-reader copies and controls.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG', 'CODE', 'SELECT', 'TEXTAREA']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DD', 'DT', 'HR', 'LABEL',
]);
// Screen-reader-only copies: these class names are LinkedIn's accessibility utilities, not hashes.
const SCREEN_READER_ONLY = ['visually-hidden', 'sr-only', 'a11y-text'];
// Links that lead elsewhere on the same profile ("Show all", "About this profile"), never content.
const NAVIGATION_HREF = /\/(?:details|edit|overlay)\//;

/** NFC, one space between words, trimmed; newlines kept (a recommendation has paragraphs). */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A single line: like `clean`, with newlines folded into spaces. */
export function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ');
}

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (SCREEN_READER_ONLY.some((c) => el.classList.contains(c))) return true;
  if (el.tagName === 'A' && NAVIGATION_HREF.test(el.getAttribute('href') ?? '')) return true;
  return false;
}

function isBoundary(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The element's text as the user sees it, block by block: screen-reader copies, buttons,
 * scripts and "Show all" links skipped, consecutive duplicates dropped, punctuation-only lines
 * (the "…" before "see more", the "·" separators) dropped.
 */
export function readLines(root: Element | null): string[] {
  if (!root) return [];
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = clean(current);
    current = '';
    if (!line || /^[\p{P}\p{S}\s]*$/u.test(line) && !/\p{Extended_Pictographic}/u.test(line)) return;
    if (lines[lines.length - 1] !== line) lines.push(line);
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        current += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skipped(el)) continue;
        if (el.tagName === 'BR') {
          current += '\n';
          continue;
        }
        const boundary = isBoundary(el);
        if (boundary) flush();
        walk(el);
        if (boundary) flush();
      }
    }
  };
  try {
    walk(root);
    flush();
  } catch {
    // a node removed mid-walk leaves what was read so far
  }
  return lines;
}

/** The element's text read once, as one line. */
export function readText(el: Element | null): string {
  return oneLine(readLines(el).join(' '));
}

const BADGE = /\s*(?:·\s*)?(?:1st|2nd|3rd\+?)(?:\s+degree(?:\s+connection)?)?\s*$/i;
// A degree in any language: a number and one short word at most ("1.", "2e", "1er"), after "·" or alone on its line.
const ANY_BADGE = /(?:^|\s*·\s*)\d[^\s·]{0,6}(?:\s+[^\s\d·]{1,12})?\s*$/u;

/**
 * The name or line without its trailing connection-degree badge ("Sam Rivera · 1st" → "Sam Rivera").
 * For a person's name line and the badge line after it only: a caption such as "Sent · 1w" looks alike.
 */
export function stripBadge(text: string): string {
  return text.replace(BADGE, '').replace(ANY_BADGE, '').replace(/\s*·\s*$/, '').trim();
}

const HONORIFICS = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

/** The first word that reads like a name: honorifics and emoji-only words skipped. */
export function firstNameOf(name: string): string {
  const words = oneLine(name).split(' ');
  return words.find((w) => /\p{L}/u.test(w) && !HONORIFICS.test(w)) ?? '';
}

/** Lower case without accents or curly apostrophes: how names are compared, never stored. */
export function foldForCompare(text: string): string {
  return oneLine(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .toLowerCase();
}
