import { markSegments, type Segment } from '@/components/shared/segments';
import type { Finding, FindingKind } from './analyze';

/** Kinds that point at particular words; the others speak of the whole text and are listed, not marked. */
export const MARKED_KINDS: ReadonlySet<FindingKind> = new Set(['vague', 'unprofessional', 'jargon', 'too-long']);

/** Cuts the text into plain and marked segments; overlapping findings yield to the earlier one. */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment<FindingKind>[] {
  return markSegments(
    text,
    findings.filter((f) => MARKED_KINDS.has(f.kind)),
  );
}

/** Appends a starter to what the box holds, with one space between when needed. */
export function appendStarter(current: string, starter: string): string {
  if (!current.trim()) return starter;
  return /\s$/.test(current) ? current + starter : `${current} ${starter}`;
}
