import { markSegments, type MarkedSpan, type Segment } from '@/components/shared/segments';
import type { Finding, FindingKind, PartName, SentenceParts } from './analyze';
import type { MessageKey } from '@/components/i18n/t';
import { ENGLISH, type Speaker } from '@/components/i18n/said';

/** Kinds that point at particular words; the others speak of the whole text and are listed, not marked. */
export const MARKED_KINDS: ReadonlySet<FindingKind> = new Set(['cliche', 'unprofessional', 'jargon', 'too-long']);

export type MarkKind = FindingKind | PartName;

const IN_SENTENCE: Record<PartName, MessageKey> = {
  context: 'meter.inContext',
  skills: 'meter.inSkills',
  impact: 'meter.inImpact',
  closing: 'meter.inClosing',
};

/** The sentences that carry a part, numbered from 1 as a reader counts them. */
export function sentencesWith(part: PartName, sentences: readonly SentenceParts[]): number[] {
  return sentences.flatMap((s, i) => (s.parts.includes(part) ? [i + 1] : []));
}

/**
 * Cuts the text into plain and marked segments. With a part in focus, the sentences that carry it
 * are marked instead of the findings; overlapping findings yield to the earlier one. Each mark's
 * title is the finding's `message` (the panel passes them in its language).
 */
export function highlightSegments(
  text: string,
  findings: readonly Finding[],
  focus?: { part: PartName; sentences: readonly SentenceParts[] } | null,
  speaker: Speaker = ENGLISH,
): Segment<MarkKind>[] {
  if (focus) {
    const spans: MarkedSpan<MarkKind>[] = sentencesWith(focus.part, focus.sentences).map((n) => ({
      ...focus.sentences[n - 1]!,
      kind: focus.part,
      message: speaker.t(IN_SENTENCE[focus.part], { n }),
      data: { 'data-part': focus.part, 'data-sentence': String(n) },
    }));
    return markSegments(text, spans);
  }
  return markSegments<MarkKind>(
    text,
    findings.filter((f) => MARKED_KINDS.has(f.kind)),
  );
}

/** Appends a starter to what the box holds, with one space between when needed. */
export function appendStarter(current: string, starter: string): string {
  if (!current.trim()) return starter;
  return /\s$/.test(current) ? current + starter : `${current} ${starter}`;
}
