import { useState } from 'react';
import { backupFileName, exportBackup } from '@/storage/backup';
import { MAX_EXTENSION_MESSAGE_CHARS } from '@/storage/limits';
import { exportLedgerCsv, exportReceivedMarkdown } from '@/storage/exports';
import { useDashboard, useReadOnly } from './context';
import { downloadText } from './download';
import { t } from '@/components/i18n/t';
import { isoDay } from './words';
import { errorText } from '@/components/shared/explain';

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
      setOutcome({ kind: 'error', text: errorText(e) });
    }
  };
  const restore = async (file: File) => {
    setPending(null);
    try {
      // A character takes at least a byte: a file this size is refused before it is read.
      if (file.size > MAX_EXTENSION_MESSAGE_CHARS) {
        throw new Error(
          t('backupView.tooBig', { size: Math.round(file.size / 1_000_000) }),
        );
      }
      // The background checks the whole file before it changes anything, then replaces the data.
      const { counts } = await send('backup.restore', { text: await file.text() });
      setOutcome({ kind: 'ok', text: t('backupView.restored', counts) });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('views.backup')}</h2>
      <section aria-labelledby="backup-save-heading">
        <h3 id="backup-save-heading">{t('backupView.saveHeading')}</h3>
        <p className="muted">{t('backupView.saveIntro')}</p>
        <div className="row-actions">
          <button
            type="button"
            className="primary"
            onClick={save(async () => downloadText(backupFileName(now()), await exportBackup(db, now()), 'application/json'))}
          >
            {t('backupView.downloadFull')}
          </button>
          <button
            type="button"
            onClick={save(async () =>
              downloadText(`vouch-recommendations-${isoDay(now())}.md`, await exportReceivedMarkdown(db), 'text/markdown'),
            )}
          >
            {t('backupView.downloadReceived')}
          </button>
          <button
            type="button"
            onClick={save(async () => downloadText(`vouch-ledger-${isoDay(now())}.csv`, await exportLedgerCsv(db, now()), 'text/csv'))}
          >
            {t('backupView.downloadLedger')}
          </button>
        </div>
      </section>
      <section aria-labelledby="backup-restore-heading">
        <h3 id="backup-restore-heading">{t('backupView.restoreHeading')}</h3>
        <p className="muted">{t('backupView.restoreIntro')}</p>
        <label className="file-input">
          {t('backupView.fileLabel')}
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
          <div className="notice warn" role="alertdialog" aria-label={t('backupView.confirmLabel')}>
            <p>{t('backupView.confirm', { file: pending.name })}</p>
            <button type="button" className="primary" disabled={readOnly} onClick={() => void restore(pending)}>
              {t('backupView.replace')}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              {t('backupView.cancel')}
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
