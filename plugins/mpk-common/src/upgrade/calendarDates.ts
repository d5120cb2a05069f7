/**
 * Calendar dates as ISO 8601 text (`YYYY-MM-DD`). Contract deadlines are whole days, so the
 * arithmetic runs on UTC midnights, where every day has 24 hours.
 */
const dayMs = 24 * 60 * 60 * 1000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: string): number {
  const match = isoDate.exec(date);
  const ms = match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
  return ms;
}

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
