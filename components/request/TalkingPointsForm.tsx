import { useId, useState, type RefObject } from 'react';
import { MAX_STRENGTHS, type TalkingPoints } from './compose';
import type { RequestGroup } from '@/storage/relationships';
import { strengthChoices } from './strengths';
import { t, type MessageKey } from '@/components/i18n/t';

interface Props {
  points: TalkingPoints;
  onPoint(field: Exclude<keyof TalkingPoints, 'strengths'>, value: string): void;
  onAddStrength(value: string): void;
  onRemoveStrength(value: string): void;
  projectRef?: RefObject<HTMLInputElement | null>;
  /** Who is asked: the strengths offered to pick from are those this person can speak to. */
  group: RequestGroup;
}

const FIELDS: { field: Exclude<keyof TalkingPoints, 'strengths'>; label: MessageKey; hint: MessageKey }[] = [
  { field: 'project', label: 'request.project', hint: 'request.projectHint' },
  { field: 'result', label: 'request.result', hint: 'request.resultHint' },
  { field: 'period', label: 'request.period', hint: 'request.periodHint' },
  { field: 'company', label: 'request.company', hint: 'request.companyHint' },
];

/** The facts the templates turn into sentences: the project, two or three strengths, a result. */
export function TalkingPointsForm({ points, onPoint, onAddStrength, onRemoveStrength, projectRef, group }: Props) {
  const id = useId();
  const [strength, setStrength] = useState('');
  const full = points.strengths.length >= MAX_STRENGTHS;
  const add = () => {
    onAddStrength(strength);
    setStrength('');
  };
  return (
    <fieldset className="vouch-points">
      <legend>{t('request.talkingPoints')}</legend>
      {FIELDS.map(({ field, label, hint }) => (
        <div className="vouch-field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(label)}</label>
          <input
            id={`${id}-${field}`}
            ref={field === 'project' ? projectRef : undefined}
            value={points[field]}
            placeholder={t(hint)}
            onChange={(e) => onPoint(field, e.target.value)}
          />
        </div>
      ))}
      <div className="vouch-field">
        <label htmlFor={`${id}-strength`}>{t('request.strengths')}</label>
        <div className="vouch-row">
          <input
            id={`${id}-strength`}
            value={strength}
            disabled={full}
            placeholder={full ? t('request.plenty') : t('request.strengthHint')}
            onChange={(e) => setStrength(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={full || !strength.trim()}>
            {t('request.add')}
          </button>
        </div>
        {!full && (
          <ul className="vouch-chips vouch-suggestions" aria-label={t('request.strengthsToPick')}>
            {strengthChoices(group, points.strengths).map((s) => (
              <li key={s}>
                <button type="button" className="vouch-chip" aria-label={t('request.addStrength', { strength: s })} onClick={() => onAddStrength(s)}>
                  + {s}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ul className="vouch-chips" aria-label={t('request.strengthsList')}>
          {points.strengths.map((s) => (
            <li key={s} className="vouch-chip">
              <span>{s}</span>
              <button type="button" aria-label={t('request.removeStrength', { strength: s })} onClick={() => onRemoveStrength(s)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
