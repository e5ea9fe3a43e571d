import { guessLanguage } from '@/components/shared/language';
import { PART_LABELS, SPLITS, agreement, falseAlarmRate, formatReport, loadCorpus, ratio, recall, reportSplit, CORPUS_DIR } from './corpus';

/**
 * The coach and the request checks against hand-labelled real texts (../shared/corpus), on both
 * splits. The corpus is other people's words and lives outside the repository: a clone without it
 * skips this file, saying why.
 */
const corpus = loadCorpus();
const THRESHOLDS = { part: 0.9, vagueRecall: 0.85, vagueFalseAlarms: 0.1, sentencesWithinOne: 0.95, request: 0.9 } as const;
const REQUEST_THRESHOLDED = ['personal', 'specifics', 'pressure', 'thanks', 'easyOut'] as const;

if (!corpus) console.log(`Calibration skipped: no corpus at ${CORPUS_DIR} (it is not part of the repository).`);

describe.skipIf(!corpus).each(SPLITS)('calibration on the %s split', (split) => {
  const report = corpus ? reportSplit(corpus, split) : null;
  const why = () => `\n${formatReport(report!)}`;

  it('has texts to judge', () => {
    expect(report!.recommendations).toBeGreaterThan(0);
    expect(report!.requests).toBeGreaterThan(0);
  });

  it('reads every text of this English corpus as English (the checks run whole)', () => {
    const texts = [...corpus!.recommendations, ...corpus!.requests].filter((t) => t.split === split);
    const other = texts.filter((t) => guessLanguage(t.text) !== 'en').map((t) => t.text.slice(0, 40));
    expect(other).toEqual([]);
  });

  it.each(PART_LABELS)('agrees on %s for at least 90% of recommendations', (part) => {
    expect(agreement(report!.scores[part]!), why()).toBeGreaterThanOrEqual(THRESHOLDS.part);
  });

  it('catches at least 85% of vague texts and flags at most 10% of the others', () => {
    const vague = report!.scores.vague!;
    expect(recall(vague), why()).toBeGreaterThanOrEqual(THRESHOLDS.vagueRecall);
    expect(falseAlarmRate(vague), why()).toBeLessThanOrEqual(THRESHOLDS.vagueFalseAlarms);
  });

  it('counts sentences within one of the reader for at least 95% of texts', () => {
    expect(ratio(report!.sentencesWithinOne, report!.recommendations), why()).toBeGreaterThanOrEqual(THRESHOLDS.sentencesWithinOne);
  });

  it.each(REQUEST_THRESHOLDED)('agrees on %s for at least 90% of requests', (label) => {
    expect(agreement(report!.scores[label]!), why()).toBeGreaterThanOrEqual(THRESHOLDS.request);
  });
});

describe('calibration arithmetic', () => {
  it('scores agreement, precision, recall and false alarms from the tallies', async () => {
    const { precision } = await import('./corpus');
    const s = { label: 'vague', total: 10, agree: 7, truePositive: 3, falsePositive: 2, falseNegative: 1 };
    expect(agreement(s)).toBe(0.7);
    expect(precision(s)).toBe(0.6);
    expect(recall(s)).toBe(0.75);
    expect(falseAlarmRate(s)).toBeCloseTo(2 / 6);
  });
});
