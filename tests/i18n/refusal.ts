import { ENGLISH, say } from '@/components/i18n/said';
import { UserFacingError } from '@/storage/errors';
import type { Reply } from '@/storage/protocol';

/**
 * What a refusal written for the user says in English (as the English page shows it): the work
 * must fail with a UserFacingError, else this fails.
 */
export async function refusalOf(work: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (e) {
    if (e instanceof UserFacingError) return say(e.said, ENGLISH);
    throw e;
  }
  throw new Error('expected a refusal, and the work succeeded');
}

/** What a failed reply says to the user in English, or null when it succeeded or has no sentence. */
export const replyText = (reply: Reply): string | null => (!reply.ok && reply.said ? say(reply.said, ENGLISH) : null);
