import { CustomErrorBase } from '@backstage/errors';

/**
 * An upload that is well-formed but over one of the configured limits. The
 * message names the part and the config key, e.g. `results: the archive has
 * more than 10000 entries (mpk.conformance.maxEntries)`.
 *
 * Malformed input is refused with `InputError` from `@backstage/errors` (400)
 * instead.
 */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  /** read by Backstage's error middleware for the response status */
  statusCode = 413 as const;
}
