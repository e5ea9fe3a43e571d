/**
 * An error whose message is written for the user (a damaged backup, a question already answered).
 * The background passes its message on as it is; any other failure is prefixed with what was being
 * done, since its message was written for developers.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
