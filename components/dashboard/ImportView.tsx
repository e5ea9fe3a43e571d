import { useState } from 'react';
import type { ImportSummary } from '@/storage/import-merge';
import { parseLinkedInExport } from '@/storage/linkedin-export';
import { AmbiguityQueue } from './AmbiguityQueue';
import { useDashboard, useReadOnly } from './context';
import { t } from '@/components/i18n/t';
import { checkChosenFiles, progressPercent, readFiles, summaryLines } from './import-flow';
import { errorText } from '@/components/shared/explain';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'parsing' }
  | { step: 'importing'; done?: number; total?: number }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'failed'; problems: string[] };

/** Brings in LinkedIn's "Get a copy of your data" archive, then asks about rows it could not place. */
export function ImportView() {
  const { send, onProgress } = useDashboard();
  const readOnly = useReadOnly();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const busy = state.step === 'reading' || state.step === 'parsing' || state.step === 'importing';

  const run = async (files: File[]) => {
    const problems = checkChosenFiles(files);
    if (problems.length) return setState({ step: 'failed', problems });
    setState({ step: 'reading', done: 0, total: 1 });
    try {
      let shown = -1;
      const parts = await readFiles(files, (done, total) => {
        // One update per percent, not per chunk.
        if (progressPercent(done, total) === shown) return;
        shown = progressPercent(done, total);
        setState({ step: 'reading', done, total });
      });
      setState({ step: 'parsing' });
      // Unpacking runs in one go: let the page show that it started first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const parsed = await parseLinkedInExport(parts);
      setState({ step: 'importing' });
      // The background checks what was read and stores it in one transaction: all of it or none.
      // It says how far it has got as it stores; the bar follows while this import runs.
      const stop = onProgress?.((p) => {
        if (p.type === 'import.linkedin') setState((s) => (s.step === 'importing' ? { step: 'importing', done: p.done, total: p.total } : s));
      });
      let summary: ImportSummary;
      try {
        summary = await send('import.linkedin', parsed);
      } finally {
        stop?.();
      }
      setState({ step: 'done', summary });
    } catch (e) {
      setState({ step: 'failed', problems: [errorText(e)] });
    } finally {
      performance.mark('vouch:import-done');
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('views.import')}</h2>
      <p>{t('importView.intro')}</p>
      <label className="file-input">
        {t('importView.fileLabel')}
        <input
          type="file"
          accept=".zip,application/zip"
          multiple
          disabled={readOnly || busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void run(files);
          }}
        />
      </label>
      {state.step === 'reading' && (
        <Progress
          label={t('importView.reading')}
          percent={progressPercent(state.done, state.total)}
          detail={t('importView.nOfM', { done: megabytes(state.done), total: megabytes(state.total) })}
        />
      )}
      {state.step === 'parsing' && <Progress label={t('importView.unpacking')} />}
      {state.step === 'importing' &&
        (state.total === undefined ? (
          <Progress label={t('importView.checking')} detail={t('importView.checkingDetail')} />
        ) : (
          <Progress
            label={t('importView.saving')}
            percent={progressPercent(state.done ?? 0, state.total)}
            detail={t('importView.nOfM', { done: state.done ?? 0, total: state.total })}
          />
        ))}
      {state.step === 'done' && <ImportSummaryView summary={state.summary} />}
      {state.step === 'failed' && (
        <div className="notice error" role="alert">
          <p>{t('importView.failed')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <AmbiguityQueue />
    </section>
  );
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** One bar for every step of an import; without a percent it only says that work is going on. */
function Progress({ label, percent, detail }: { label: string; percent?: number; detail?: string }) {
  return (
    <div role="status">
      <label>
        {label}
        {percent === undefined ? <progress /> : <progress max={100} value={percent} aria-valuetext={`${percent}%`} />}
      </label>
      {detail && <span className="muted"> {detail}</span>}
    </div>
  );
}

function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <div className="notice info" role="status" aria-label={t('importView.summary')}>
      <p>{t('importView.finished')}</p>
      <ul>
        {summaryLines(summary).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {summary.problems.length > 0 && (
        <>
          <p>{t('importView.someUnread')}</p>
          <ul className="problems" aria-label={t('importView.problems')}>
            {summary.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
