import { useBackground } from '@/components/shared/use-background';
import type { Call } from '@/components/shared/client';
import type { ListedTemplate } from '@/storage/repositories/templates';
import { BUILT_IN_TEMPLATES, builtInTemplates, type BuiltInTemplate } from '@/storage/builtin-templates';
import { currentLanguage, t } from '@/components/i18n/t';
import { shingleEarlier } from './similarity';
import { errorText } from '@/components/shared/explain';

const listed = (list: readonly BuiltInTemplate[]): ListedTemplate[] => list.map((t) => ({ ...t, builtIn: true, edited: false, updatedAt: new Date(0) }));

/** The templates, their built-ins in the language Vouch speaks (asked again when it changes). */
export function useTemplates(call: Call) {
  const language = currentLanguage();
  const stored = useBackground<ListedTemplate[] | null>(() => call('templates.list', { language }), [call, language], { initial: null });
  // Until the background answers (or if it can't), the built-ins are there: the panel never waits
  // on storage to be useful. English comes with the page; another language, a moment later.
  const builtIns = useBackground(() => builtInTemplates(language).then(listed), [language], {
    initial: language === 'en' ? listed(BUILT_IN_TEMPLATES) : [],
  });
  const error = stored.error ? t('request.templatesNotLoaded', { error: errorText(stored.error) }) : null;
  return { templates: stored.data ?? builtIns.data, error, reload: stored.reload };
}

/** Messages prepared per slice of idle time: a thousand of them never block LinkedIn's page at once. */
const WARM_SLICE = 40;
type Earlier = { contactName: string; text: string };

/** Shingles the earlier requests in idle slices, stopping when they are no longer wanted. */
function warmed(list: Earlier[], wanted: () => boolean): Promise<Earlier[]> {
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 200 }) : setTimeout(fn, 0));
  return new Promise((resolve) => {
    const warm = (from: number) => {
      if (!wanted()) return resolve(list);
      for (const entry of list.slice(from, from + WARM_SLICE)) shingleEarlier(entry.text, entry.contactName, entry);
      if (from + WARM_SLICE < list.length) idle(() => warm(from + WARM_SLICE));
      else resolve(list);
    };
    idle(() => warm(0));
  });
}

/**
 * Earlier requests to other people, fetched once per contact for the near-duplicate check. They
 * are shingled in idle slices before they are handed to the checks, so the first check after they
 * arrive is as fast as every later one.
 */
export function useSentBefore(call: Call, contactId: string): Earlier[] {
  return useBackground<Earlier[]>(
    (wanted) => call('requests.sentBefore', { excludeContactId: contactId }).then((list) => warmed(list, wanted), () => []),
    [call, contactId],
    { initial: [] },
  ).data;
}
