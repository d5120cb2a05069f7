import { IANAZone } from 'luxon';
import { z } from 'zod';

/**
 * The time zone the contract counts its days, months and business hours in unless configured
 * otherwise: the support pod's, Pacific time.
 * @public
 */
export const DEFAULT_CONTRACT_TIME_ZONE = 'America/Los_Angeles';

/**
 * An IANA time zone name, e.g. `Europe/London`, checked against the zones the runtime knows.
 * @public
 */
export const timeZoneSchema = z
  .string()
  .refine(zone => IANAZone.isValidZone(zone), 'is not an IANA time zone');
