import type { Finding, PartName, SentenceParts } from './analyze';
import { highlightSegments } from './highlight';
import { MarkedText } from '@/components/shared/ui/MarkedText';
import { findingAdvice } from './prompts';
import { labels } from '@/components/i18n/labels';
import { speaker, t } from '@/components/i18n/t';
import { say } from '@/components/i18n/said';

const KIND_LABELS = labels<Finding['kind']>({
  vague: 'coach.vague',
  cliche: 'coach.cliche',
  'no-specifics': 'coach.noSpecifics',
  'no-impact': 'coach.noImpact',
  unprofessional: 'coach.unprofessional',
  jargon: 'coach.jargon',
  'too-long': 'coach.tooLong',
  'too-short': 'coach.tooShort',
});

interface Props {
  text: string;
  findings: Finding[];
  upward: boolean;
  /** The sentences and the part in focus on the meter: its sentences are marked instead of the findings. */
  sentences?: readonly SentenceParts[];
  focusedPart?: PartName | null;
  /** Puts a starter in the box (only ever on a click). */
  onStarter?: (starter: string) => void;
  /** The opener for an example, in the starters' language (none while it loads). */
  example?: string;
}

/** What weakens the draft: the text with the faulty words marked, then each finding with a suggestion. */
export function Findings({ text, findings, upward, sentences = [], focusedPart = null, onStarter, example }: Props) {
  if (!text.trim()) return null;
  const spoken = findings.map((f) => ({ ...f, message: say(f.said, speaker) }));
  const focus = focusedPart ? { part: focusedPart, sentences } : null;
  const marked = <MarkedText segments={highlightSegments(text, spoken, focus, speaker)} className="coach-highlight" testId="highlighted-text" />;
  if (findings.length === 0) {
    return (
      <>
        {focus && marked}
        <p className="coach-clean">{t('coach.clean')}</p>
      </>
    );
  }
  // One offer of an example is enough, however many stock phrases there are.
  const firstCliche = findings.find((f) => f.kind === 'cliche');
  return (
    <section className="coach-findings" aria-label={t('coach.suggestions')}>
      {marked}
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.kind}-${f.start}-${i}`} data-kind={f.kind}>
            <strong>{KIND_LABELS[f.kind]}</strong>
            {f.end - f.start < 60 && f.end > f.start ? <q>{text.slice(f.start, f.end)}</q> : null}
            <span className="coach-reason">{spoken[i]!.message}</span>
            <span className="coach-advice muted">{findingAdvice(f.kind, upward, speaker)}</span>
            {f === firstCliche && onStarter && example && (
              <button type="button" data-testid="cliche-example" onClick={() => onStarter(example)} aria-label={t('coach.insertLabel', { text: example.trim() })}>
                {t('coach.addExample')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
