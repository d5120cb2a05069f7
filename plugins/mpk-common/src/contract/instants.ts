import { z } from 'zod';

/**
 * An instant written in ISO 8601 with its offset (`Z` or `±hh:mm`), read as a Date: how every
 * time a sender gives is taken, so that no time is read in a zone nobody stated.
 * @public
 */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error:
      'expected an ISO 8601 date and time with an offset, e.g. 2026-11-20T16:30:00-08:00',
  })
  .transform(text => new Date(text));
