/** A stretch of a text that a check points at. */
export interface MarkedSpan<K extends string> {
  start: number;
  end: number;
  kind: K;
  message: string;
  /** More `data-*` attributes for the mark, e.g. which sentence it is. */
  data?: Record<`data-${string}`, string>;
}

export interface Segment<K extends string> {
  text: string;
  /** Set when the segment is at fault. */
  kind?: K;
  message?: string;
  data?: Record<`data-${string}`, string>;
}

/**
 * Cuts a text into plain and marked segments, for showing it with the words at fault marked.
 * Overlapping spans yield to the one that starts first (the longer, when two start together);
 * empty spans and spans past the end are ignored.
 */
export function markSegments<K extends string>(text: string, spans: readonly MarkedSpan<K>[]): Segment<K>[] {
  const marks = spans.filter((f) => f.end > f.start && f.start < text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<K>[] = [];
  let at = 0;
  for (const f of marks) {
    if (f.start < at) continue;
    const end = Math.min(f.end, text.length);
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, end), kind: f.kind, message: f.message, ...(f.data && { data: f.data }) });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
