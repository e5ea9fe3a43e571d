import type { Said } from './said';

/**
 * An error written for the user (a damaged backup, a question already answered), as a message name
 * and slots: the background passes it on as it is, and the page says it in the language Vouch
 * speaks. Its `message` (logs, developers) is the message name. Any other failure is prefixed with
 * what was being done, since its message was written for developers.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(readonly said: Said) {
    super(said.key);
  }
}
