import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/storage/settings';

/** The user's preferences, kept current when they change in another tab or in the background. */
export function useSettings(): Settings & { loaded: boolean } {
  const [state, setState] = useState<Settings & { loaded: boolean }>({ ...DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setState({ ...s, loaded: true }));
    const unwatch = settingsItem.watch((s) => live && setState({ ...DEFAULT_SETTINGS, ...(s ?? {}), loaded: true }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
