import { detectLanguage, guessLanguage, type TextLanguage } from './language';
import { useBackground } from './use-background';

/** The language of the text being written, detected on the device as it changes. */
export function useTextLanguage(text: string): TextLanguage {
  return useBackground(() => detectLanguage(text), [text], { initial: guessLanguage(text) }).data;
}
