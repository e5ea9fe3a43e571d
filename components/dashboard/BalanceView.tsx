import { useLiveQuery } from 'dexie-react-hooks';
import type { Relationship } from '@/storage/types';
import { balanceOf, barPercent, LEVEL_LABELS, SOURCE_LABELS, type Balance } from './balance';
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
      <h2 id="balance-heading">Balance</h2>
      {!balance ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p>
            You have received {balance.received} recommendation{balance.received === 1 ? '' : 's'} and given {balance.given}.
          </p>
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
    rows.push({ key: 'unknown', label: 'Relationship not set', ...balance.unknown });
  }
  const max = Math.max(1, ...rows.flatMap((r) => [r.received, r.given]));
  return (
    <figure className="balance-chart">
      <figcaption className="legend">
        <span className="swatch received" aria-hidden="true" /> Received <span className="swatch given" aria-hidden="true" /> Given
      </figcaption>
      <table>
        <caption className="visually-hidden">Recommendations received and given, by who wrote or received them</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Received and given</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>
                <div className="bar-line">
                  <span className="bar received" style={{ width: `${barPercent(r.received, max)}%` }} aria-hidden="true" />
                  <span className="bar-value">{r.received} received</span>
                </div>
                <div className="bar-line">
                  <span className="bar given" style={{ width: `${barPercent(r.given, max)}%` }} aria-hidden="true" />
                  <span className="bar-value">{r.given} given</span>
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
      <h3 id="missing-heading">What is missing</h3>
      {balance.missingLevels.length === 0 ? (
        <p>Your profile has voices from above, beside and below you. Well balanced.</p>
      ) : (
        <ul>
          {balance.missingLevels.map((l) => (
            <li key={l}>No recommendation yet {LEVEL_LABELS[l]}.</li>
          ))}
        </ul>
      )}
      {balance.missingSources.length > 0 && (
        <p className="muted">
          No recommendation yet from: {balance.missingSources.map((s) => SOURCE_LABELS[s].toLowerCase()).join(', ')}.
        </p>
      )}
      {balance.unknown.received > 0 && (
        <p className="muted">Set the relationship of the people who recommended you (in the ledger) to see them counted here.</p>
      )}
    </section>
  );
}
