import { DateTime, IANAZone } from 'luxon';

const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;

/**
 * The instant a local wall-clock time (`date` YYYY-MM-DD, `time` HH:mm) happens in an IANA zone,
 * by the rules a maintenance window needs on DST switch days:
 * - a time that does not exist (the clocks spring forward over it) moves to the first existing
 *   time after it, the moment of the switch (02:30 on a night that skips 02:00–03:00 is 03:00);
 * - a time that happens twice (the clocks fall back) is taken the first time, the earlier instant.
 *
 * Luxon's own resolution keeps the wall-clock distance instead (02:30 becomes 03:30), hence this.
 */
export function localTimeToInstant(
  date: string,
  time: string,
  timeZone: string,
): number {
  const zone = IANAZone.create(timeZone);
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  // The local time read as if it were UTC; the real instant is this minus the zone's offset.
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);

  // No zone switches twice within 14 hours, and no offset exceeds 14 hours, so the offsets
  // before and after any switch near this time are these two.
  const candidateOffsets = [
    ...new Set([
      zone.offset(wallClock - 14 * hourMs),
      zone.offset(wallClock + 14 * hourMs),
    ]),
  ];
  const instants = candidateOffsets
    .map(offset => wallClock - offset * minuteMs)
    .filter(instant => {
      const offset = zone.offset(instant);
      return instant + offset * minuteMs === wallClock;
    });
  if (instants.length > 0) return Math.min(...instants);

  // In the gap: the first existing time after it is the switch itself. Before the switch the
  // wall clock reads behind, after it ahead; find the first instant whose reading passed it.
  let earliest = wallClock - Math.max(...candidateOffsets) * minuteMs;
  let latest = wallClock - Math.min(...candidateOffsets) * minuteMs;
  while (latest - earliest > 1) {
    const middle = Math.floor((earliest + latest) / 2);
    if (middle + zone.offset(middle) * minuteMs > wallClock) latest = middle;
    else earliest = middle;
  }
  return latest;
}

/**
 * An instant as ISO 8601 text with the zone's UTC offset at that instant,
 * e.g. `2026-03-08T03:00:00-04:00`.
 */
export function formatInZone(instant: number, timeZone: string): string {
  return DateTime.fromMillis(instant, { zone: timeZone }).toISO({
    suppressMilliseconds: true,
  })!;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a calendar date, which no time zone changes. */
export function isoWeekday(date: string): number {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}
