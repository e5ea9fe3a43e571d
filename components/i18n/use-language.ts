import { useEffect, useSyncExternalStore } from 'react';
import type { LanguageChoice } from '@/storage/settings';
import { languageVersion, onLanguage, setLanguage } from './t';

/**
 * For a page's root, given the setting once it has loaded (null before): speaks the chosen language and draws the page again when it changes (a
 * change made in the dashboard reaches the open side panel too, through the settings).
 */
export function useLanguage(choice: LanguageChoice | null): number {
  useEffect(() => {
    if (choice) void setLanguage(choice).catch(() => {});
  }, [choice]);
  return useSyncExternalStore(onLanguage, languageVersion);
}
