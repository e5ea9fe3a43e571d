import { markSegments, type Segment } from '@/components/shared/segments';
import type { CheckKind, Finding } from './checks';

/**
 * The message cut into segments with the words each finding points at marked, or null when no
 * finding points at particular words. A finding about the whole message (no greeting anywhere, a
 * copy of an earlier request, LinkedIn's default text) is listed, not marked: marking everything
 * shows nothing.
 */
export function requestMarks(text: string, findings: readonly Finding[]): Segment<CheckKind>[] | null {
  const first = text.search(/\S/);
  const last = text.trimEnd().length;
  const spans = findings.filter((f) => f.end > f.start && !(f.start <= first && f.end >= last));
  return spans.length ? markSegments(text, spans) : null;
}
