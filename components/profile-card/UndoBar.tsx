import { t } from '@/components/i18n/t';

/** The last change the user made from the card, and how to take it back. */
export interface UndoEntry {
  /** What was done, e.g. "Recorded: They agreed". */
  label: string;
  undo(): Promise<unknown>;
}

interface Props {
  entry: UndoEntry | null;
  message: string | null;
  onUndo(): void;
}

/** A polite live region, so that a screen reader hears what was recorded and can undo it. */
export function UndoBar({ entry, message, onUndo }: Props) {
  return (
    <div className="vouch-undo" role="status" aria-live="polite">
      {entry ? (
        <>
          <span>{entry.label}</span>{' '}
          <button type="button" onClick={onUndo}>
            {t('card.undo')}
          </button>
        </>
      ) : (
        message
      )}
    </div>
  );
}
