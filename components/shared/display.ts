/**
 * Text from LinkedIn's pages or an import, made fit to show: React already renders it as text
 * (never markup); this also drops characters that can disguise it (bidi overrides, zero-width
 * joiners and spaces) and shortens it, whole graphemes only, so a 10,000-character "name" cannot
 * swallow the panel. What is stored stays intact: this is for display only.
 */
// Zero-width joiners (U+200C, U+200D) stay: emoji and several scripts need them.
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

export function forDisplay(text: string | null | undefined, max = 60): string {
  const plain = (text ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const graphemes = segmenter ? Array.from(segmenter.segment(plain), (s) => s.segment) : Array.from(plain);
  if (graphemes.length <= max) return plain;
  return `${graphemes.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * A long text (a recommendation, a note) fit to show whole: the same disguising characters dropped,
 * its lines and paragraphs kept. What is stored stays intact.
 */
export function readable(text: string | null | undefined): string {
  return (text ?? '').replace(INVISIBLE, '');
}
