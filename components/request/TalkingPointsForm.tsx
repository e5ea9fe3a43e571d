import { useId, useState, type RefObject } from 'react';
import { MAX_STRENGTHS, type TalkingPoints } from './compose';
import type { RequestGroup } from '@/storage/relationships';
import { strengthChoices } from './strengths';

interface Props {
  points: TalkingPoints;
  onPoint(field: Exclude<keyof TalkingPoints, 'strengths'>, value: string): void;
  onAddStrength(value: string): void;
  onRemoveStrength(value: string): void;
  projectRef?: RefObject<HTMLInputElement | null>;
  /** Who is asked: the strengths offered to pick from are those this person can speak to. */
  group: RequestGroup;
}

const FIELDS: { field: Exclude<keyof TalkingPoints, 'strengths'>; label: string; hint: string }[] = [
  { field: 'project', label: 'Project', hint: 'e.g. the Atlas billing migration' },
  { field: 'result', label: 'Result', hint: 'e.g. 40% fewer invoice errors' },
  { field: 'period', label: 'When', hint: 'e.g. 2023' },
  { field: 'company', label: 'Company', hint: 'e.g. Northwind' },
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
      <legend>Talking points</legend>
      {FIELDS.map(({ field, label, hint }) => (
        <div className="vouch-field" key={field}>
          <label htmlFor={`${id}-${field}`}>{label}</label>
          <input
            id={`${id}-${field}`}
            ref={field === 'project' ? projectRef : undefined}
            value={points[field]}
            placeholder={hint}
            onChange={(e) => onPoint(field, e.target.value)}
          />
        </div>
      ))}
      <div className="vouch-field">
        <label htmlFor={`${id}-strength`}>Strengths (two or three)</label>
        <div className="vouch-row">
          <input
            id={`${id}-strength`}
            value={strength}
            disabled={full}
            placeholder={full ? 'Three is plenty' : 'e.g. calm debugging'}
            onChange={(e) => setStrength(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" onClick={add} disabled={full || !strength.trim()}>
            Add
          </button>
        </div>
        {!full && (
          <ul className="vouch-chips vouch-suggestions" aria-label="Strengths to pick from">
            {strengthChoices(group, points.strengths).map((s) => (
              <li key={s}>
                <button type="button" className="vouch-chip" aria-label={`Add ${s}`} onClick={() => onAddStrength(s)}>
                  + {s}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ul className="vouch-chips" aria-label="Strengths">
          {points.strengths.map((s) => (
            <li key={s} className="vouch-chip">
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => onRemoveStrength(s)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
