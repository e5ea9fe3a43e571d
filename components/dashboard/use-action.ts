import { useCallback, useState } from 'react';
import { errorText } from '@/components/shared/explain';

/**
 * Runs a change the user asked for (a message to the background, mostly) and keeps why it failed,
 * in the words the background gave, for the view to show beside the control. A success clears it.
 */
export function useAction(): { error: string | null; run: (work: () => Promise<unknown>) => Promise<void> } {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  return { error, run };
}
