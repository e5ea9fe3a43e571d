#!/usr/bin/env node
// `npm run calibrate`: how far the coach and the request checks agree with the hand labels of the
// corpus in ../shared/corpus, per split. Vite loads the TypeScript as the tests do (no extra tool).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const { module: calibration } = await runnerImport(resolve(import.meta.dirname, 'corpus.ts'), {
  configFile: false,
  root,
  logLevel: 'silent',
  resolve: { alias: { '@': root } },
});
const corpus = calibration.loadCorpus();
if (!corpus) {
  console.log(`No corpus at ${calibration.CORPUS_DIR}: nothing to calibrate against.`);
  process.exit(0);
}
for (const split of calibration.SPLITS) console.log(`${calibration.formatReport(calibration.reportSplit(corpus, split))}\n`);
