/**
 * LinkedIn shows only the start of a recommendation and hides the rest behind "See more". The cut
 * is an estimate: public reports put it at roughly 200-250 characters, and it moves with the
 * reader's screen width and line breaks. The opening should carry the point on its own.
 */
export const SEE_MORE_CHARS = 220;

export interface PreviewCut {
  /** What a reader sees before "See more". */
  visible: string;
  /** True when the text runs past the cut. */
  cut: boolean;
}

/** What a reader sees before "See more", cut at a word boundary. */
export function previewCut(text: string, limit: number = SEE_MORE_CHARS): PreviewCut {
  const t = text.trim();
  if (t.length <= limit) return { visible: t, cut: false };
  const head = t.slice(0, limit + 1);
  const space = head.search(/\s\S*$/);
  const visible = (space > limit / 2 ? head.slice(0, space) : t.slice(0, limit)).trimEnd();
  return { visible, cut: true };
}
