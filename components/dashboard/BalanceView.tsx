import { useLiveQuery } from 'dexie-react-hooks';
import type { Relationship } from '@/storage/types';
import { balanceOf, barPercent, LEVEL_LABELS, SOURCE_LABELS, SOURCE_LIST_LABELS, type Balance } from './balance';
import { t, tn } from '@/components/i18n/t';
import { useDashboard } from './context';

/** Reads what the balance needs: received and given facts, and each person's relationship. */
export function useBalance(): Balance | undefined {
  const { db } = useDashboard();
  return useLiveQuery(async () => {
    const events = await db.events.where('type').anyOf(['received', 'given']).toArray();
    const ids = [...new Set(events.map((e) => e.contactId))];
    const contacts = await db.contacts.bulkGet(ids);
    const rel = new Map<string, Relationship | undefined>(ids.map((id, i) => [id, contacts[i]?.relationship]));
    return balanceOf(events, (id) => rel.get(id));
  }, [db]);
}

export function BalanceView() {
  const balance = useBalance();
  return (
    <section aria-labelledby="balance-heading">
      <h2 id="balance-heading">{t('views.balance')}</h2>
      {!balance ? (
        <p className="muted">{t('dashboard.loading')}</p>
      ) : (
        <>
          <p>{tn('balance.summary', balance.received, { given: balance.given })}</p>
          <BalanceChart balance={balance} />
          <MissingSources balance={balance} />
        </>
      )}
    </section>
  );
}

function BalanceChart({ balance }: { balance: Balance }) {
  const rows: { key: string; label: string; received: number; given: number }[] = balance.bySource.map((c) => ({
    key: c.source,
    label: SOURCE_LABELS[c.source],
    received: c.received,
    given: c.given,
  }));
  if (balance.unknown.received || balance.unknown.given) {
    rows.push({ key: 'unknown', label: t('balance.relNotSet'), ...balance.unknown });
  }
  const max = Math.max(1, ...rows.flatMap((r) => [r.received, r.given]));
  return (
    <figure className="balance-chart">
      <figcaption className="legend">
        <span className="swatch received" aria-hidden="true" /> {t('balance.received')} <span className="swatch given" aria-hidden="true" />{' '}
        {t('balance.given')}
      </figcaption>
      <table>
        <caption className="visually-hidden">{t('balance.caption')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('balance.source')}</th>
            <th scope="col">{t('balance.receivedAndGiven')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>
                <div className="bar-line">
                  <span className="bar received" style={{ width: `${barPercent(r.received, max)}%` }} aria-hidden="true" />
                  <span className="bar-value">{t('balance.nReceived', { n: r.received })}</span>
                </div>
                <div className="bar-line">
                  <span className="bar given" style={{ width: `${barPercent(r.given, max)}%` }} aria-hidden="true" />
                  <span className="bar-value">{t('balance.nGiven', { n: r.given })}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function MissingSources({ balance }: { balance: Balance }) {
  return (
    <section aria-labelledby="missing-heading">
      <h3 id="missing-heading">{t('balance.missing')}</h3>
      {balance.missingLevels.length === 0 ? (
        <p>{t('balance.wellBalanced')}</p>
      ) : (
        <ul>
          {balance.missingLevels.map((l) => (
            <li key={l}>{t('balance.noneYet', { level: LEVEL_LABELS[l] })}</li>
          ))}
        </ul>
      )}
      {balance.missingSources.length > 0 && (
        <p className="muted">
          {t('balance.missingFrom', { sources: balance.missingSources.map((s) => SOURCE_LIST_LABELS[s]).join(', ') })}
        </p>
      )}
      {balance.unknown.received > 0 && (
        <p className="muted">{t('balance.setRelationship')}</p>
      )}
    </section>
  );
}
