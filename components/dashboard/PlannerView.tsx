import { useLiveQuery } from 'dexie-react-hooks';
import { ledger } from '@/storage/repositories/status';
import { useBalance } from './BalanceView';
import { useDashboard } from './context';
import { suggestAsks, type SuggestionKind } from './planner';
import { useNav, usePlanner } from './store';
import { useSettings } from '@/components/shared/use-settings';
import { profileUrl, requestFormUrl, shorten } from './words';

const KIND_LABELS: Record<SuggestionKind, string> = {
  'missing-source': 'Balances your profile',
  return: 'You recommended them',
  recent: 'Recent collaborator',
};

/** "Who to ask next": one suggestion on screen at a time, with its reason and a way to act on it. */
export function PlannerView() {
  const { db, now } = useDashboard();
  const { reminderAfterDays, loaded } = useSettings();
  const balance = useBalance();
  const data = useLiveQuery(async () => {
    if (!loaded) return undefined;
    const [rows, notes] = await Promise.all([ledger(db, now(), { reminderAfterDays }), db.notes.toArray()]);
    const notedAt = new Map<string, Date>();
    for (const n of notes) if (!notedAt.has(n.contactId) || notedAt.get(n.contactId)! < n.at) notedAt.set(n.contactId, n.at);
    return { rows, notedAt };
  }, [db, reminderAfterDays, loaded]);
  const { skipped, skip, clearSkipped } = usePlanner();
  const openContact = useNav((s) => s.openContact);

  const all = data && balance ? suggestAsks({ rows: data.rows, notedAt: data.notedAt, missingSources: balance.missingSources, now: now() }) : null;
  const left = all?.filter((s) => !skipped.includes(s.contactId));
  const next = left?.[0];

  return (
    <section aria-labelledby="planner-heading">
      <h2 id="planner-heading">Who to ask next</h2>
      <p className="muted">One person at a time. Read why they came up, then ask in your own words, if it feels right.</p>
      {!all ? (
        <p className="muted">Loading…</p>
      ) : !next ? (
        <div className="empty">
          <p>
            {all.length === 0
              ? 'No suggestion for now. Set how you know your contacts, and note who you worked with, to get ideas here.'
              : 'That was everyone for now.'}
          </p>
          {all.length > 0 && (
            <button type="button" onClick={clearSkipped}>
              Start again
            </button>
          )}
        </div>
      ) : (
        <article className="card suggestion" aria-labelledby="suggestion-name">
          <p className="muted small">
            {KIND_LABELS[next.kind]} · suggestion {all.length - left!.length + 1} of {all.length}
          </p>
          <h3 id="suggestion-name" title={next.name}>
            {shorten(next.name, 60)}
          </h3>
          <p>{next.reason}</p>
          <div className="row-actions">
            {requestFormUrl(next.contactId) && (
              <a className="button primary" href={requestFormUrl(next.contactId)!} target="_blank" rel="noopener noreferrer">
                Open the request form on LinkedIn
              </a>
            )}
            {profileUrl(next.contactId) && (
              <a className="button" href={profileUrl(next.contactId)!} target="_blank" rel="noopener noreferrer">
                Open their profile
              </a>
            )}
            <button type="button" onClick={() => openContact(next.contactId)}>
              See their history
            </button>
            <button type="button" onClick={() => skip(next.contactId)}>
              Not now: next suggestion
            </button>
          </div>
        </article>
      )}
    </section>
  );
}
