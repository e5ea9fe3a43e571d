import { say } from '@/components/i18n/said';
import { speaker, t } from '@/components/i18n/t';
import { isSaid } from '@/storage/said';
import { ContextGoneError, VouchError } from './client';

/**
 * The background's own words for a failed call, in the language Vouch speaks: its sentence when it
 * sent one (checked first, as everything that comes over a message is), else the message it gave;
 * an extension update says to reload the tab. Null when it gave none.
 */
function ownWords(error: unknown): string | null {
  if (error instanceof ContextGoneError) return t('errors.reload');
  if (!(error instanceof VouchError)) return null;
  if (isSaid(error.said)) return say(error.said, speaker);
  return error.message || null;
}

/**
 * What to tell the user about a failed call: `fallback`, what was being done, followed by the
 * background's explanation when it gave one (a full disk, data written by a newer Vouch and opened
 * read-only, a refusal). An extension update says to reload the tab, alone.
 */
export function explain(error: unknown, fallback: string): string {
  if (error instanceof ContextGoneError) return t('errors.reload');
  const own = ownWords(error);
  return own ? `${fallback} ${own}` : fallback;
}

/** A failure as the user reads it alone: the background's words, else the error's, else that Vouch could not. */
export function errorText(error: unknown): string {
  return ownWords(error) ?? ((error instanceof Error && error.message) || (typeof error === 'string' && error) || t('errors.couldNot'));
}
