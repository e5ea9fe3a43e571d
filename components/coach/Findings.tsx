import type { Finding } from './analyze';
import { highlightSegments } from './highlight';
import { MarkedText } from '@/components/shared/ui/MarkedText';
import { findingAdvice } from './prompts';

const KIND_LABELS: Record<Finding['kind'], string> = {
  vague: 'Vague',
  'no-specifics': 'No specifics',
  'no-impact': 'No impact',
  unprofessional: 'Unprofessional',
  jargon: 'Jargon',
  'too-long': 'Too long',
  'too-short': 'Too short',
};

/** What weakens the draft: the text with the faulty words marked, then each finding with a suggestion. */
export function Findings({ text, findings, upward }: { text: string; findings: Finding[]; upward: boolean }) {
  if (!text.trim()) return null;
  if (findings.length === 0) return <p className="coach-clean">Nothing to fix: this reads well.</p>;
  return (
    <section className="coach-findings" aria-label="Suggestions">
      <MarkedText segments={highlightSegments(text, findings)} className="coach-highlight" testId="highlighted-text" />
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.kind}-${f.start}-${i}`} data-kind={f.kind}>
            <strong>{KIND_LABELS[f.kind]}</strong>
            {f.end - f.start < 60 && f.end > f.start ? <q>{text.slice(f.start, f.end)}</q> : null}
            <span className="coach-reason">{f.message}</span>
            <span className="coach-advice muted">{findingAdvice(f.kind, upward)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
