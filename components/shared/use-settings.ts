import { useMemo } from 'react';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/storage/settings';
import { useBackground } from './use-background';

type Loaded = Settings & { loaded: boolean };

// The last settings read on this page. The entry point reads them while the database opens, so
// the first render already has them and the ledger's first query does not wait for a second trip.
let known: Settings | null = null;

export async function preloadSettings(): Promise<Settings> {
  known = await getSettings();
  return known;
}

const remember = (s: Settings) => (known = s);

/** The user's preferences, kept current when they change in another tab or in the background. */
export function useSettings(): Loaded {
  const { data } = useBackground<Settings | null>(() => getSettings().then(remember), [], {
    initial: known,
    watch: (push) => settingsItem.watch((s) => push(remember(s))),
  });
  return useMemo(() => (data ? { ...data, loaded: true } : { ...DEFAULT_SETTINGS, loaded: false }), [data]);
}
