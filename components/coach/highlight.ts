import type { Finding, FindingKind } from './analyze';

/** Kinds that point at particular words; the others speak of the whole text and are listed, not marked. */
export const MARKED_KINDS: ReadonlySet<FindingKind> = new Set(['vague', 'unprofessional', 'jargon', 'too-long']);

export interface Segment {
  text: string;
  /** Set when the segment is at fault. */
  kind?: FindingKind;
  message?: string;
}

/** Cuts the text into plain and marked segments; overlapping findings yield to the earlier one. */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const marks = findings
    .filter((f) => MARKED_KINDS.has(f.kind) && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const f of marks) {
    if (f.start < at) continue;
    const end = Math.min(f.end, text.length);
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    if (end > f.start) out.push({ text: text.slice(f.start, end), kind: f.kind, message: f.message });
    at = Math.max(at, end);
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Appends a starter to what the box holds, with one space between when needed. */
export function appendStarter(current: string, starter: string): string {
  if (!current.trim()) return starter;
  return /\s$/.test(current) ? current + starter : `${current} ${starter}`;
}
