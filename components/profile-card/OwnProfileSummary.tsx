import { useId, useMemo } from 'react';
import type { MessageOutput } from '@/storage/protocol';
import type { Call } from '@/components/shared/client';
import { STATUSES } from '@/storage/reciprocity';
import type { StandingBrief } from '@/storage/repositories/status';
import type { ProfileCardProps } from './ProfileCard';
import { readingKey } from './sync';
import { errorText } from '@/components/shared/explain';
import { useBackground } from '@/components/shared/use-background';
import { COUNT_LABELS, daysAgo, profileUrl, statusSentence } from './words';
import { forDisplay } from '@/components/shared/display';
import { t } from '@/components/i18n/t';

type Summary = MessageOutput<'ledger.summary'>;

/** Counts that mean something to act on come first; "no exchange yet" is left out as noise. */
const COUNTED = STATUSES.filter((s) => s !== 'none');

function People({ title, people, describe }: { title: string; people: StandingBrief[]; describe(p: StandingBrief): string }) {
  if (people.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="vouch-people">
        {people.map((p) => (
          <li key={p.contactId}>
            {profileUrl(p.contactId) ? <a href={profileUrl(p.contactId)!}>{forDisplay(p.name)}</a> : forDisplay(p.name)}{' '}
            <span className="muted">— {describe(p)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** On the user's own profile: everything recorded, at a glance. */
export function OwnProfileSummary({ profile, viewer, call, now, reminderAfterDays }: ProfileCardProps) {
  const headingId = useId();
  const me = viewer ?? profile.viewer;
  // The background records what the page lists before the panel is told of it (owes.ts): the
  // glance reads again when the page lists something new.
  const pageKey = useMemo(() => readingKey(profile, me?.id ?? null, now ?? new Date()), [profile, me?.id, now]);

  return (
    <section className="vouch-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="vouch-card-title">
        {t('ownProfile.title')}
      </h2>
      {profile.recommendations === null ? (
        <p className="notice info">
          {profile.missing.includes('recommendations.tabs')
            ? t('ownProfile.cantReadTabs')
            : profile.missing.includes('recommendations')
              ? t('ownProfile.cantReadYet')
              : t('ownProfile.cantReadPart')}{' '}
          {t('ownProfile.soFar')}
        </p>
      ) : null}
      <LedgerGlance call={call} reminderAfterDays={reminderAfterDays} refresh={pageKey} />
    </section>
  );
}

/** Where the user stands with everyone: counts, whom they owe, and the follow-ups due. */
export function LedgerGlance({ call, reminderAfterDays, refresh }: { call: Call; reminderAfterDays?: number; refresh?: string }) {
  const { data: summary, error: failed } = useBackground<Summary | null>(
    () => call('ledger.summary', reminderAfterDays ? { reminderAfterDays } : {}),
    [call, reminderAfterDays, refresh],
    { initial: null },
  );
  const error = failed ? errorText(failed) : null;
  if (error) {
    return (
      <p className="notice error" role="alert">
        {error}
      </p>
    );
  }
  if (!summary) return <p className="muted">{t('ownProfile.loading')}</p>;
  if (summary.total === 0) return <p className="muted">{t('ownProfile.none')}</p>;
  return (
    <>
      <ul className="vouch-counts" aria-label={t('ownProfile.byStanding')}>
        {COUNTED.filter((s) => summary.counts[s] > 0).map((s) => (
          <li key={s} data-status={s}>
            <strong>{summary.counts[s]}</strong> {COUNT_LABELS[s]}
          </li>
        ))}
      </ul>
      <People title={t('ownProfile.youOwe')} people={summary.owed} describe={(p) => statusSentence(p)} />
      <People
        title={t('ownProfile.due')}
        people={summary.due}
        describe={(p) => `${statusSentence(p)}${p.status === 'agreed' && p.days !== undefined ? ` (${daysAgo(p.days)})` : ''}`}
      />
      {summary.owed.length === 0 && summary.due.length === 0 ? <p className="muted">{t('ownProfile.nothingWaiting')}</p> : null}
    </>
  );
}
