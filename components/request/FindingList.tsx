import type { Finding } from './checks';
import type { Fix } from './fixes';
import { requestMarks } from './marks';
import { MarkedText } from '@/components/shared/ui/MarkedText';
import { labels } from '@/components/i18n/labels';
import { t } from '@/components/i18n/t';

interface Props {
  text: string;
  findings: Finding[];
  fixOf(finding: Finding): Fix;
  onShow(finding: Finding): void;
  onFix(finding: Finding, fix: Fix): void;
}

const SEVERITY_LABEL = labels<Finding['severity']>({ error: 'findings.mustFix', warning: 'findings.worthFixing', info: 'findings.tip' });

function excerpt(text: string, f: Finding): string {
  const part = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return part.length > 70 ? `${part.slice(0, 67)}…` : part;
}

/** The checks' findings, each with where it is, why it matters and what to do about it. */
export function FindingList({ text, findings, fixOf, onShow, onFix }: Props) {
  if (findings.length === 0) {
    return (
      <p className="vouch-findings-clear" data-testid="findings-clear">
        {t('findings.clear')}
      </p>
    );
  }
  const marks = requestMarks(text, findings);
  return (
    <>
      {marks ? (
        <MarkedText
          segments={marks}
          className="vouch-marked"
          testId="marked-message"
          label={t('findings.marked')}
          kindAttribute="data-mark"
        />
      ) : null}
      <ul className="vouch-findings" aria-label={t('findings.listLabel')}>
        {findings.map((f) => {
          const fix = fixOf(f);
          const quote = excerpt(text, f);
          return (
            <li key={`${f.kind}:${f.start}:${f.end}`} className={`vouch-finding ${f.severity}`} data-kind={f.kind}>
              <span className="vouch-severity">{SEVERITY_LABEL[f.severity]}</span>
              <p className="vouch-finding-message">{f.message}</p>
              <p className="muted vouch-finding-reason">{fix.reason}</p>
              {fix.sentence && fix.placement !== 'replace-span' ? <p className="vouch-suggestion">“{fix.sentence}”</p> : null}
              <div className="vouch-row">
                {quote ? (
                  <button type="button" onClick={() => onShow(f)} aria-label={t('findings.showLabel', { quote })}>
                    {t('findings.show')}
                  </button>
                ) : null}
                {fix.label && (fix.placement !== 'none' || fix.label === 'Fill in the talking points') ? (
                  <button type="button" onClick={() => onFix(f, fix)}>
                    {fix.label}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
