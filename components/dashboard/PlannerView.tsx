import { useLiveQuery } from 'dexie-react-hooks';
import { ledger } from '@/storage/repositories/status';
import { useBalance } from './BalanceView';
import { useDashboard } from './context';
import { suggestAsks, type SuggestionKind } from './planner';
import { useNav, usePlanner } from './store';
import { useSettings } from '@/components/shared/use-settings';
import { profileUrl, requestFormUrl, shorten } from './words';
import { t } from '@/components/i18n/t';
import { labels } from '@/components/i18n/labels';

const KIND_LABELS = labels<SuggestionKind>({
  'missing-source': 'planner.kind.missingSource',
  return: 'planner.kind.return',
  recent: 'planner.kind.recent',
});

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
      <h2 id="planner-heading">{t('views.planner')}</h2>
      <p className="muted">{t('planner.intro')}</p>
      {!all ? (
        <p className="muted">{t('dashboard.loading')}</p>
      ) : !next ? (
        <div className="empty">
          <p>
            {all.length === 0
              ? t('planner.noSuggestion')
              : t('planner.allSeen')}
          </p>
          {all.length > 0 && (
            <button type="button" onClick={clearSkipped}>
              {t('planner.startAgain')}
            </button>
          )}
        </div>
      ) : (
        <article className="card suggestion" aria-labelledby="suggestion-name">
          <p className="muted small">
            {t('planner.position', { kind: KIND_LABELS[next.kind], n: all.length - left!.length + 1, total: all.length })}
          </p>
          <h3 id="suggestion-name" title={next.name}>
            {shorten(next.name, 60)}
          </h3>
          <p>{next.reason}</p>
          <div className="row-actions">
            {requestFormUrl(next.contactId) && (
              <a className="button primary" href={requestFormUrl(next.contactId)!} target="_blank" rel="noopener noreferrer">
                {t('planner.openForm')}
              </a>
            )}
            {profileUrl(next.contactId) && (
              <a className="button" href={profileUrl(next.contactId)!} target="_blank" rel="noopener noreferrer">
                {t('planner.openProfile')}
              </a>
            )}
            <button type="button" onClick={() => openContact(next.contactId)}>
              {t('planner.history')}
            </button>
            <button type="button" onClick={() => skip(next.contactId)}>
              {t('planner.skip')}
            </button>
          </div>
        </article>
      )}
    </section>
  );
}
