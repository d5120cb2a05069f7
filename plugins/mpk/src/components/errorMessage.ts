import { ResponseError } from '@backstage/errors';

/**
 * The message to show for a failed call. For an HTTP error that is the server's own message
 * (e.g. what is wrong with the input), not the generic `Request failed with 400`.
 */
export function errorMessage(error: Error): string {
  return ResponseError.is(error) ? error.cause.message : error.message;
}
