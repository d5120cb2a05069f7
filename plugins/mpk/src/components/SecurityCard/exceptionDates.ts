/** The day `count` days after `day` (both `YYYY-MM-DD`). */
function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/**
 * The expiry dates the server takes for an exception recorded on `today`: after today and at
 * most a year away.
 */
export function expiryRange(today: string): { min: string; max: string } {
  const inAYear = new Date(`${today}T00:00:00Z`);
  inAYear.setUTCFullYear(inAYear.getUTCFullYear() + 1);
  return { min: addDays(today, 1), max: inAYear.toISOString().slice(0, 10) };
}
