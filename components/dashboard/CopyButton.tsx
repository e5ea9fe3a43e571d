import { useState } from 'react';
import { t } from '@/components/i18n/t';

/** Copies text for the user to paste on LinkedIn themselves; says whether it worked. */
export function CopyButton({ text, label = t('dashActions.copy') }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setState('copied');
        } catch {
          setState('failed');
        }
      }}
    >
      {state === 'copied' ? t('dashActions.copied') : state === 'failed' ? t('dashActions.copyFailed') : label}
    </button>
  );
}
