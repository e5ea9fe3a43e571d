import { useState } from 'react';
import { t } from '@/components/i18n/t';
import { errorText } from '@/components/shared/explain';

export interface Undoable {
  message: string;
  undo: () => Promise<unknown>;
}

/** The last change, with a way back. Announced politely so that screen readers hear it too. */
export function UndoBar({ last, onDone, disabled }: { last: Undoable | null; onDone: () => void; disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  if (!last) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{error ?? last.message}</span>
      <button
        type="button"
        disabled={disabled}
        onClick={async () => {
          try {
            await last.undo();
            setError(null);
            onDone();
          } catch (e) {
            setError(errorText(e));
          }
        }}
      >
        {t('dashActions.undo')}
      </button>
      <button type="button" aria-label={t('dashActions.dismiss')} onClick={onDone}>
        ×
      </button>
    </div>
  );
}
