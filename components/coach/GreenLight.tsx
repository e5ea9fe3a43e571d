import { useId, useState } from 'react';

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
    <section className="coach-green-light" aria-label="Ask for a green light">
      <h3>Ask before you post</h3>
      <label htmlFor={id}>Message with your draft</label>
      <textarea id={id} readOnly rows={6} value={props.message} onFocus={(e) => e.currentTarget.select()} />
      <div className="coach-actions">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" onClick={props.onAsked} disabled={props.asked}>
          {props.asked ? 'Marked as asked' : 'Mark as asked'}
        </button>
        <button type="button" className="primary" onClick={props.onGiven} disabled={props.given}>
          {props.given ? 'Recorded as given' : 'I posted it'}
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'ok' ? 'Copied.' : copied === 'failed' ? 'Copy did not work here: select the text above and copy it.' : ''}
      </p>
    </section>
  );
}
