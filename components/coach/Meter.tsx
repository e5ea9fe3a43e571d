import { PARTS, SENTENCES, type Analysis, type PartName } from './analyze';
import { sentencesWith } from './highlight';
import { partLabel, partPrompt } from './prompts';
import { formatNumber, speaker, t, tn } from '@/components/i18n/t';

const where = (numbers: number[]) => (numbers.length === 0 ? '' : tn('meter.where', numbers.length, { list: numbers.map(formatNumber).join(', ') }));

/**
 * The four parts found so far, each with the sentences that carry it, and the sentence count
 * against three to five. Focusing (or pointing at) a part marks its sentences in the text.
 */
export function Meter({ analysis, upward, onFocusPart }: { analysis: Analysis; upward: boolean; onFocusPart?: (part: PartName | null) => void }) {
  const found = PARTS.filter((p) => analysis.parts[p]).length;
  const n = analysis.sentenceCount;
  const inRange = n >= SENTENCES.min && n <= SENTENCES.max;
  return (
    <section className="coach-meter" aria-label={t('meter.label')}>
      <meter min={0} max={PARTS.length} value={found} aria-label={t('meter.partsFound', { found: formatNumber(found), all: formatNumber(PARTS.length) })} />
      <ul>
        {PARTS.map((p) => {
          const present = analysis.parts[p] !== null;
          // On another language a part not found may be there in words Vouch cannot read yet.
          const unknown = !present && analysis.language !== 'en';
          const numbers = sentencesWith(p, analysis.sentences);
          const show = present && onFocusPart ? () => onFocusPart(p) : undefined;
          const hide = present && onFocusPart ? () => onFocusPart(null) : undefined;
          return (
            <li
              key={p}
              data-part={p}
              data-present={present}
              data-sentences={numbers.join(' ')}
              title={partPrompt(p, upward, speaker)}
              tabIndex={present ? 0 : undefined}
              onFocus={show}
              onBlur={hide}
              onMouseEnter={show}
              onMouseLeave={hide}
            >
              <span aria-hidden="true">{present ? '✓' : unknown ? '–' : '○'}</span> {partLabel(p, speaker)}
              {present && <span className="coach-part-where muted"> · {where(numbers)}</span>}
              <span className="visually-hidden">{present ? t('meter.found') : unknown ? t('meter.notChecked') : t('meter.missing', { prompt: partPrompt(p, upward, speaker) })}</span>
            </li>
          );
        })}
      </ul>
      <p className={inRange ? 'coach-count ok' : 'coach-count'} data-testid="sentence-count">
        {tn('meter.count', n)} <span className="muted">{t('meter.aim', { min: formatNumber(SENTENCES.min), max: formatNumber(SENTENCES.max) })}</span>
      </p>
    </section>
  );
}
