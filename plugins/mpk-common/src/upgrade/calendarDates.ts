import { z } from 'zod';

/**
 * Calendar dates as ISO 8601 text (`YYYY-MM-DD`). Contract deadlines are whole days, so the
 * arithmetic runs on UTC midnights, where every day has 24 hours.
 */
const dayMs = 24 * 60 * 60 * 1000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: string): number {
  if (!isCalendarDate(date)) {
    throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * Whether a text is a real calendar date written `YYYY-MM-DD` (no 30 February).
 * @public
 */
export function isCalendarDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const match = isoDate.exec(text)!;
  const ms = Date.UTC(+match[1], +match[2] - 1, +match[3]);
  return new Date(ms).toISOString().slice(0, 10) === text;
}

/**
 * A calendar date field (`YYYY-MM-DD`) for zod schemas, with one message per problem.
 * @public
 */
export const calendarDateSchema = z
  .string()
  .regex(isoDate, 'expected a date as YYYY-MM-DD')
  // Zod runs this even after the format check failed; that case is already reported.
  .refine(
    text => !isoDate.test(text) || isCalendarDate(text),
    'is not a calendar date',
  );

/**
 * The date `days` days after `date` (before, when negative).
 * @public
 */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier.
 * @public
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
}

/**
 * The calendar date an instant falls on in a time zone (IANA name, e.g. `America/Los_Angeles`),
 * with the zone's DST rules.
 * @public
 */
export function dateIn(timeZone: string, instant: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
