import { PART_LABELS, partPrompt } from './prompts';
import type { Starter } from './starters';
import { t } from '@/components/i18n/t';

/** Openers for the missing parts; each goes into LinkedIn's box only when its button is clicked. */
export function Starters({ starters, upward, onInsert }: { starters: Starter[]; upward: boolean; onInsert: (text: string) => void }) {
  if (starters.length === 0) return null;
  const parts = [...new Set(starters.map((s) => s.part))];
  return (
    <section className="coach-starters" aria-label={t('coach.starters')}>
      <h3>{t('coach.startersHeading')}</h3>
      {parts.map((part) => (
        <div key={part} className="coach-starter-group">
          <h4>
            {PART_LABELS[part]} <span className="muted">{partPrompt(part, upward)}</span>
          </h4>
          <ul>
            {starters
              .filter((s) => s.part === part)
              .map((s) => (
                <li key={s.text}>
                  <span className="coach-starter-text">{s.text.trim()}…</span>
                  <button type="button" onClick={() => onInsert(s.text)} aria-label={t('coach.insertLabel', { text: s.text.trim() })}>
                    {t('coach.insert')}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
