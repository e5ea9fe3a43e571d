import { useCallback, useEffect, useState } from 'react';
import type { Call } from '@/components/shared/client';
import type { ListedTemplate } from '@/storage/repositories/templates';
import { BUILT_IN_TEMPLATES } from './builtins';

// Until the background answers (or if it can't), the built-ins are there: the panel never waits
// on storage to be useful.
const FALLBACK: ListedTemplate[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));

export function useTemplates(call: Call) {
  const [templates, setTemplates] = useState<ListedTemplate[]>(FALLBACK);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setTemplates(await call('templates.list', {}));
      setError(null);
    } catch (e) {
      setError(`Your own templates could not be loaded: ${(e as Error).message}`);
    }
  }, [call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { templates, error, reload };
}

/** Earlier requests to other people, fetched once per contact for the near-duplicate check. */
export function useSentBefore(call: Call, contactId: string) {
  const [sent, setSent] = useState<{ contactName: string; text: string }[]>([]);
  useEffect(() => {
    let live = true;
    call('requests.sentBefore', { excludeContactId: contactId }).then(
      (list) => live && setSent(list),
      () => live && setSent([]),
    );
    return () => {
      live = false;
    };
  }, [call, contactId]);
  return sent;
}
