import type { VouchEvent } from '@/storage/types';
import { eventLabel } from './words';

const TEXT_PREVIEW = 160;

function shortDate(d: Date): string {
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

interface Props {
  events: VouchEvent[];
  notes: number;
  onRemove(event: VouchEvent): void;
}

/** The last few facts, newest first; each can be removed (and the removal undone). */
export function History({ events, notes, onRemove }: Props) {
  return (
    <div className="vouch-history">
      <h3>Recent</h3>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ul>
          {events.map((e) => {
            const label = eventLabel(e.type, e.source);
            const when = shortDate(e.at);
            const text = e.text && e.text.length > TEXT_PREVIEW ? `${e.text.slice(0, TEXT_PREVIEW)}…` : e.text;
            return (
              <li key={e.key}>
                <span className="vouch-history-what">{label}</span>{' '}
                <time className="muted" dateTime={e.at.toISOString()}>
                  {when}
                </time>
                {text ? <p className="vouch-history-text muted">{text}</p> : null}
                <button type="button" className="vouch-link-button" aria-label={`Remove “${label}”, ${when}`} onClick={() => onRemove(e)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {notes > 0 ? <p className="muted">{notes === 1 ? '1 note saved.' : `${notes} notes saved.`}</p> : null}
    </div>
  );
}
