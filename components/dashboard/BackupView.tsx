import { useState } from 'react';
import { backupFileName, exportBackup } from '@/storage/backup';
import { MAX_EXTENSION_MESSAGE_CHARS } from '@/storage/limits';
import { exportLedgerCsv, exportReceivedMarkdown } from '@/storage/exports';
import { useDashboard, useReadOnly } from './context';
import { downloadText } from './download';
import { isoDay } from './words';

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/** Everything out as files the user keeps, and everything back in from a backup. */
export function BackupView() {
  const { db, send, now } = useDashboard();
  const readOnly = useReadOnly();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState<File | null>(null);

  const save = (work: () => Promise<void>) => async () => {
    try {
      await work();
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const restore = async (file: File) => {
    setPending(null);
    try {
      // A character takes at least a byte: a file this size is refused before it is read.
      if (file.size > MAX_EXTENSION_MESSAGE_CHARS) {
        throw new Error(
          `This backup cannot be restored: at ${Math.round(file.size / 1_000_000)} MB it is larger than Vouch can take in at once. Nothing was changed.`,
        );
      }
      // The background checks the whole file before it changes anything, then replaces the data.
      const { counts } = await send('backup.restore', { text: await file.text() });
      setOutcome({ kind: 'ok', text: `Backup restored: ${counts.contacts} contacts, ${counts.events} events, ${counts.notes} notes.` });
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <section aria-labelledby="backup-save-heading">
        <h3 id="backup-save-heading">Save your data</h3>
        <p className="muted">Files are made on this computer and saved where your browser saves downloads. Nothing is uploaded.</p>
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            onClick={save(async () => downloadText(backupFileName(now()), await exportBackup(db, now()), 'application/json'))}
          >
            Download a full backup (JSON)
          </button>
          <button
            type="button"
            onClick={save(async () =>
              downloadText(`vouch-recommendations-${isoDay(now())}.md`, await exportReceivedMarkdown(db), 'text/markdown'),
            )}
          >
            Recommendations you received (Markdown)
          </button>
          <button
            type="button"
            onClick={save(async () => downloadText(`vouch-ledger-${isoDay(now())}.csv`, await exportLedgerCsv(db, now()), 'text/csv'))}
          >
            The ledger (CSV)
          </button>
        </div>
      </section>
      <section aria-labelledby="backup-restore-heading">
        <h3 id="backup-restore-heading">Restore a backup</h3>
        <p className="muted">Restoring replaces everything Vouch holds now with what the backup holds.</p>
        <label className="file-input">
          Vouch backup (.json)
          <input
            type="file"
            accept=".json,application/json"
            disabled={readOnly}
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              e.target.value = '';
              setOutcome(null);
              setPending(file);
            }}
          />
        </label>
        {pending && (
          <div className="notice warn" role="alertdialog" aria-label="Confirm restore">
            <p>Replace all your current Vouch data with {pending.name}?</p>
            <button type="button" className="primary" disabled={readOnly} onClick={() => void restore(pending)}>
              Replace my data
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        )}
      </section>
      {outcome && (
        <p className={`notice ${outcome.kind === 'ok' ? 'info' : 'error'}`} role={outcome.kind === 'ok' ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
