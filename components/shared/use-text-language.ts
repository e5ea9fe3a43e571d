import { detectWritten, guessWritten, type WrittenLanguage } from './language';
import { useBackground } from './use-background';

/**
 * The language of the text being written, detected on the device as it changes. Until the
 * browser answers for the text as it is now, the guess from the text itself stands in: an answer
 * about an earlier text never speaks for this one.
 */
export function useTextLanguage(text: string): WrittenLanguage {
  const detected = useBackground(() => detectWritten(text).then((language) => ({ text, language })), [text], { initial: null }).data;
  return detected?.text === text ? detected.language : guessWritten(text);
}
