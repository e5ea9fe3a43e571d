import { PARTS, SENTENCES, type Analysis } from './analyze';
import { PART_LABELS, partPrompt } from './prompts';

/** The four parts found so far, and the sentence count against three to five. */
export function Meter({ analysis, upward }: { analysis: Analysis; upward: boolean }) {
  const found = PARTS.filter((p) => analysis.parts[p]).length;
  const n = analysis.sentenceCount;
  const inRange = n >= SENTENCES.min && n <= SENTENCES.max;
  return (
    <section className="coach-meter" aria-label="Parts of a strong recommendation">
      <meter min={0} max={PARTS.length} value={found} aria-label={`${found} of ${PARTS.length} parts`} />
      <ul>
        {PARTS.map((p) => {
          const present = analysis.parts[p] !== null;
          return (
            <li key={p} data-part={p} data-present={present} title={partPrompt(p, upward)}>
              <span aria-hidden="true">{present ? '✓' : '○'}</span> {PART_LABELS[p]}
              <span className="visually-hidden">{present ? ': found' : `: missing. ${partPrompt(p, upward)}`}</span>
            </li>
          );
        })}
      </ul>
      <p className={inRange ? 'coach-count ok' : 'coach-count'} data-testid="sentence-count">
        {n} {n === 1 ? 'sentence' : 'sentences'} <span className="muted">(aim for {SENTENCES.min}–{SENTENCES.max})</span>
      </p>
    </section>
  );
}
