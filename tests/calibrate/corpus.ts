/**
 * Calibration against real texts: the hand-labelled corpus in ../shared/corpus (other people's words,
 * read from there and never copied here), judged by the coach and the request checks, and compared
 * label by label. `npm run calibrate` prints the report; calibrate.test.ts holds it to the thresholds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeRecommendation } from '@/components/coach/analyze';
import { checkRequest } from '@/components/request/checks';
import { guessLanguage } from '@/components/shared/language';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

export type Split = 'tune' | 'check';
export const SPLITS: readonly Split[] = ['tune', 'check'];

export const PART_LABELS = ['context', 'skills', 'impact', 'closing'] as const;
export const REQUEST_LABELS = ['personal', 'specifics', 'pressure', 'vagueAsk', 'thanks', 'easyOut'] as const;
type PartLabel = (typeof PART_LABELS)[number];
type RequestLabel = (typeof REQUEST_LABELS)[number];

interface Item {
  split: Split;
  text: string;
}
type RecommendationItem = Item & Record<PartLabel | 'vague', boolean> & { sentences: number };
type RequestItem = Item & Record<RequestLabel, boolean>;

export interface Corpus {
  recommendations: RecommendationItem[];
  requests: RequestItem[];
}

/** The corpus, or null when this clone has no ../shared/corpus beside it. */
export function loadCorpus(dir = CORPUS_DIR): Corpus | null {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  if (!existsSync(join(dir, 'recommendations.json')) || !existsSync(join(dir, 'requests.json'))) return null;
  return { recommendations: read('recommendations.json'), requests: read('requests.json') };
}

/** What the coach says about one recommendation, in the rubric's labels. */
export function judgeRecommendation(text: string): Record<PartLabel | 'vague', boolean> & { sentences: number } {
  // Through language detection, as in the panel (its pure guess): English must stay English.
  const a = analyzeRecommendation(text, { language: guessLanguage(text) });
  return {
    context: a.parts.context !== null,
    skills: a.parts.skills !== null,
    impact: a.parts.impact !== null,
    closing: a.parts.closing !== null,
    vague: a.findings.some((f) => f.kind === 'vague'),
    sentences: a.sentenceCount,
  };
}

/** What the request checks say about one request, in the rubric's labels (`offer` has no check). */
export function judgeRequest(text: string): Record<RequestLabel, boolean> {
  const kinds = new Set(checkRequest(text, { language: guessLanguage(text) }).map((f) => f.kind));
  return {
    personal: !kinds.has('no-name'),
    specifics: !kinds.has('no-specifics'),
    pressure: kinds.has('pressure'),
    vagueAsk: kinds.has('vague-ask'),
    thanks: !kinds.has('no-thanks'),
    easyOut: !kinds.has('no-easy-out'),
  };
}

export interface LabelScore {
  label: string;
  total: number;
  agree: number;
  /** Of the texts labelled true, how many the checks called true. */
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface Disagreement {
  label: string;
  expected: boolean | number;
  got: boolean | number;
  firstWords: string;
}

export interface SplitReport {
  split: Split;
  recommendations: number;
  requests: number;
  scores: Record<string, LabelScore>;
  /** Texts whose sentence count is within one of the reader's. */
  sentencesWithinOne: number;
  disagreements: Disagreement[];
}

export function firstWords(text: string, n = 8): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}

function score(label: string): LabelScore {
  return { label, total: 0, agree: 0, truePositive: 0, falsePositive: 0, falseNegative: 0 };
}

function tally(s: LabelScore, expected: boolean, got: boolean) {
  s.total++;
  if (expected === got) s.agree++;
  if (expected && got) s.truePositive++;
  if (!expected && got) s.falsePositive++;
  if (expected && !got) s.falseNegative++;
}

export function reportSplit(corpus: Corpus, split: Split): SplitReport {
  const scores: Record<string, LabelScore> = {};
  const disagreements: Disagreement[] = [];
  const recs = corpus.recommendations.filter((r) => r.split === split);
  const reqs = corpus.requests.filter((r) => r.split === split);
  let sentencesWithinOne = 0;
  for (const item of recs) {
    const got = judgeRecommendation(item.text);
    for (const label of [...PART_LABELS, 'vague'] as const) {
      tally((scores[label] ??= score(label)), item[label], got[label]);
      if (item[label] !== got[label]) disagreements.push({ label, expected: item[label], got: got[label], firstWords: firstWords(item.text) });
    }
    if (Math.abs(got.sentences - item.sentences) <= 1) sentencesWithinOne++;
    else disagreements.push({ label: 'sentences', expected: item.sentences, got: got.sentences, firstWords: firstWords(item.text) });
  }
  for (const item of reqs) {
    const got = judgeRequest(item.text);
    for (const label of REQUEST_LABELS) {
      tally((scores[label] ??= score(label)), item[label], got[label]);
      if (item[label] !== got[label]) disagreements.push({ label, expected: item[label], got: got[label], firstWords: firstWords(item.text) });
    }
  }
  return { split, recommendations: recs.length, requests: reqs.length, scores, sentencesWithinOne, disagreements };
}

export const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
export const agreement = (s: LabelScore) => ratio(s.agree, s.total);
export const precision = (s: LabelScore) => ratio(s.truePositive, s.truePositive + s.falsePositive);
export const recall = (s: LabelScore) => ratio(s.truePositive, s.truePositive + s.falseNegative);
/** Of the texts labelled false, the share the checks called true (for `vague`: good texts warned about). */
export const falseAlarmRate = (s: LabelScore) => ratio(s.falsePositive, s.total - s.truePositive - s.falseNegative);

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
const yesNo = (v: boolean | number) => (typeof v === 'number' ? String(v) : v ? 'yes' : 'no');

export function formatReport(r: SplitReport): string {
  const lines = [`Split "${r.split}": ${r.recommendations} recommendations, ${r.requests} requests`];
  lines.push('  label       agree          precision  recall');
  for (const s of Object.values(r.scores)) {
    const pr = s.label === 'vague' || (REQUEST_LABELS as readonly string[]).includes(s.label);
    const extra = pr ? `  ${pct(precision(s))}       ${pct(recall(s))}` : '';
    const alarms = s.label === 'vague' ? `   non-vague flagged ${s.falsePositive}/${s.total - s.truePositive - s.falseNegative} (${pct(falseAlarmRate(s)).trim()})` : '';
    lines.push(`  ${s.label.padEnd(10)}  ${`${s.agree}/${s.total}`.padStart(5)} ${pct(agreement(s))}    ${extra}${alarms}`);
  }
  lines.push(`  sentences   ${`${r.sentencesWithinOne}/${r.recommendations}`.padStart(5)} ${pct(ratio(r.sentencesWithinOne, r.recommendations))}     (count within ±1)`);
  lines.push(r.disagreements.length ? '  Disagreements (label: reader / checks, first words):' : '  No disagreements.');
  for (const d of r.disagreements) lines.push(`    ${d.label}: ${yesNo(d.expected)} / ${yesNo(d.got)}  "${d.firstWords}"`);
  return lines.join('\n');
}
