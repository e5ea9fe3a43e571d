import { useId, useState } from 'react';
import { t } from '@/components/i18n/t';

/** The message asking the person whether the draft fits, ready to copy, and the two facts to record. */
export function GreenLight(props: {
  message: string;
  asked: boolean;
  given: boolean;
  onAsked: () => void;
  onGiven: () => void;
}) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.message);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="coach-green-light" aria-label={t('coach.greenLight')}>
      <h3>{t('coach.askBefore')}</h3>
      <label htmlFor={id}>{t('coach.messageWithDraft')}</label>
      <textarea id={id} readOnly rows={6} value={props.message} onFocus={(e) => e.currentTarget.select()} />
      <div className="coach-actions">
        <button type="button" onClick={copy}>
          {t('coach.copy')}
        </button>
        <button type="button" onClick={props.onAsked} disabled={props.asked}>
          {props.asked ? t('coach.markedAsked') : t('coach.markAsked')}
        </button>
        <button type="button" className="primary" onClick={props.onGiven} disabled={props.given}>
          {props.given ? t('coach.recordedGiven') : t('coach.iPosted')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'ok' ? t('coach.copied') : copied === 'failed' ? t('coach.copyFailed') : ''}
      </p>
    </section>
  );
}
