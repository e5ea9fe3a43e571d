import { useState } from 'react';
import type { ImportSummary } from '@/storage/import-merge';
import { parseLinkedInExport } from '@/storage/linkedin-export';
import { AmbiguityQueue } from './AmbiguityQueue';
import { useDashboard, useReadOnly } from './context';
import { checkChosenFiles, progressPercent, readFiles, summaryLines } from './import-flow';

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
      setState({ step: 'failed', problems: [e instanceof Error ? e.message : String(e)] });
    } finally {
      performance.mark('vouch:import-done');
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>
        On LinkedIn, open Settings, then Data privacy, then “Get a copy of your data”, and ask for the larger archive (or at least
        Connections and Recommendations). Choose the ZIP file it sends you here; if it came in two parts, choose both. The file is read
        on this computer only.
      </p>
      <label className="file-input">
        LinkedIn export (.zip, one or two parts)
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
        <Progress label="Reading the archive" percent={progressPercent(state.done, state.total)} detail={`${megabytes(state.done)} of ${megabytes(state.total)}`} />
      )}
      {state.step === 'parsing' && <Progress label="Unpacking the files in it" />}
      {state.step === 'importing' &&
        (state.total === undefined ? (
          <Progress label="Checking the rows" detail={importingDetail} />
        ) : (
          <Progress label="Saving into Vouch" percent={progressPercent(state.done ?? 0, state.total)} detail={`${state.done ?? 0} of ${state.total}`} />
        ))}
      {state.step === 'done' && <ImportSummaryView summary={state.summary} />}
      {state.step === 'failed' && (
        <div className="notice error" role="alert">
          <p>The import did not go through; nothing was changed.</p>
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

const importingDetail = 'Vouch checks every row before it stores any.';

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
    <div className="notice info" role="status" aria-label="Import summary">
      <p>Import finished.</p>
      <ul>
        {summaryLines(summary).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {summary.problems.length > 0 && (
        <>
          <p>Some parts could not be read:</p>
          <ul className="problems" aria-label="Problems">
            {summary.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
