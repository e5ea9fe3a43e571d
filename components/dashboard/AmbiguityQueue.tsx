import { readable } from '@/components/shared/display';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Ambiguity, Contact } from '@/storage/types';
import { useDashboard, useReadOnly } from './context';
import { useAction } from './use-action';
import { EVENT_LABELS, shorten } from './words';
import { formatDate } from '@/components/i18n/t';

/** Import rows that could be about several people of the same name: the user says who. */
export function AmbiguityQueue() {
  const { db } = useDashboard();
  const queue = useLiveQuery(async () => {
    const items = await db.ambiguities.orderBy('createdAt').toArray();
    const ids = [...new Set(items.flatMap((a) => a.candidates))];
    const contacts = await db.contacts.bulkGet(ids);
    return { items, contacts: new Map(ids.map((id, i) => [id, contacts[i]])) };
  }, [db]);
  if (!queue || queue.items.length === 0) return null;
  return (
    <section aria-labelledby="ambiguity-heading">
      <h3 id="ambiguity-heading">Who is this? ({queue.items.length})</h3>
      <p className="muted">These recommendations name someone you have more than one contact called. Pick the right person.</p>
      <ul className="cards">
        {queue.items.map((a) => (
          <AmbiguityCard key={a.id} ambiguity={a} contacts={queue.contacts} />
        ))}
      </ul>
    </section>
  );
}

function AmbiguityCard({ ambiguity, contacts }: { ambiguity: Ambiguity; contacts: Map<string, Contact | undefined> }) {
  const { send } = useDashboard();
  const readOnly = useReadOnly();
  const { error, run } = useAction();
  const { row } = ambiguity;
  const act = (work: () => Promise<unknown>) => () => void run(work);
  return (
    <li className="card" aria-label={`Who is ${row.name}?`}>
      <p>
        <strong title={row.name}>{shorten(row.name, 60)}</strong>
        {row.company && <span className="muted"> at {shorten(row.company, 60)}</span>}
        <span className="muted">
          {' '}
          · {EVENT_LABELS[row.type]} · {formatDate(row.at)}
        </span>
      </p>
      {row.text && <p className="event-text clamp">{readable(row.text)}</p>}
      <div className="row-actions" role="group" aria-label={`Choose who ${row.name} is`}>
        {ambiguity.candidates.map((id) => {
          const c = contacts.get(id);
          const detail = c?.headline ?? c?.company ?? id;
          return (
            <button key={id} type="button" disabled={readOnly} onClick={act(() => send('ambiguity.resolve', { id: ambiguity.id!, contactId: id }))}>
              {shorten(c?.name ?? id, 40)} ({shorten(detail, 50)})
            </button>
          );
        })}
        <button type="button" disabled={readOnly} onClick={act(() => send('ambiguity.newContact', { id: ambiguity.id! }))}>
          Someone else: new contact
        </button>
        <button type="button" disabled={readOnly} onClick={act(() => send('ambiguity.dismiss', { id: ambiguity.id! }))}>
          Skip this one
        </button>
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
