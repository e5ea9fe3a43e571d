import { useCallback, useEffect, useState } from 'react';
import type { Call } from '@/components/shared/client';
import type { ListedTemplate } from '@/storage/repositories/templates';
import { BUILT_IN_TEMPLATES } from '@/storage/builtin-templates';
import { shingleEarlier } from './similarity';

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
/** Messages prepared per slice of idle time: a thousand of them never block LinkedIn's page at once. */
const WARM_SLICE = 40;

/**
 * Earlier requests, for the near-duplicate check. They are shingled in idle slices before they are
 * handed to the checks, so the first check after they arrive is as fast as every later one.
 */
export function useSentBefore(call: Call, contactId: string) {
  const [sent, setSent] = useState<{ contactName: string; text: string }[]>([]);
  useEffect(() => {
    let live = true;
    const idle = (fn: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 200 }) : setTimeout(fn, 0);
    const warm = (list: { contactName: string; text: string }[], from = 0) => {
      if (!live) return;
      for (const entry of list.slice(from, from + WARM_SLICE)) shingleEarlier(entry.text, entry.contactName, entry);
      if (from + WARM_SLICE < list.length) idle(() => warm(list, from + WARM_SLICE));
      else setSent(list);
    };
    call('requests.sentBefore', { excludeContactId: contactId }).then(
      (list) => live && idle(() => warm(list)),
      () => live && setSent([]),
    );
    return () => {
      live = false;
    };
  }, [call, contactId]);
  return sent;
}
