import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/storage/settings';

type Loaded = Settings & { loaded: boolean };

// The last settings read on this page. The entry point reads them while the database opens, so
// the first render already has them and the ledger's first query does not wait for a second trip.
let known: Settings | null = null;

export async function preloadSettings(): Promise<Settings> {
  known = await getSettings();
  return known;
}

/** The user's preferences, kept current when they change in another tab or in the background. */
export function useSettings(): Loaded {
  const [state, setState] = useState<Loaded>(() => (known ? { ...known, loaded: true } : { ...DEFAULT_SETTINGS, loaded: false }));
  useEffect(() => {
    let live = true;
    const take = (s: Settings) => {
      known = s;
      if (live) setState({ ...s, loaded: true });
    };
    void getSettings().then(take);
    const unwatch = settingsItem.watch(take);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
