import { addDays, dateIn, isCalendarDate } from '../calendarDates';
import { formatInZone, isoWeekday, localTimeToInstant } from './localTime';
import {
  MAINTENANCE_WEEKDAYS,
  MaintenanceFreeze,
  MaintenanceOpening,
  MaintenanceSchedule,
} from './maintenanceSchedule';

/** An opening with its instants as numbers, to sort and compare without parsing text again. */
interface TimedOpening {
  opening: MaintenanceOpening;
  startMs: number;
  endMs: number;
}

/**
 * The freeze a day falls in, if any (both ends of a freeze included).
 * @public
 */
export function freezeOn(
  schedule: MaintenanceSchedule,
  date: string,
): MaintenanceFreeze | undefined {
  // Dates as YYYY-MM-DD compare as text.
  return schedule.freezes.find(
    freeze => freeze.from <= date && date <= freeze.to,
  );
}

/**
 * Every window occurrence opening on a local day, freeze or not, earliest first. The end is the
 * local end time (on the next day when at or before the start), so a window is an hour shorter
 * or longer across a DST switch. A window that falls wholly in the hour the clocks skip does not
 * happen that day.
 */
function openingsOnDay(
  schedule: MaintenanceSchedule,
  date: string,
): TimedOpening[] {
  const weekday = MAINTENANCE_WEEKDAYS[isoWeekday(date) - 1];
  const openings: TimedOpening[] = [];
  for (const window of schedule.windows) {
    if (!window.days.includes(weekday)) continue;
    const endDate = window.end <= window.start ? addDays(date, 1) : date;
    const startMs = localTimeToInstant(date, window.start, schedule.timeZone);
    const endMs = localTimeToInstant(endDate, window.end, schedule.timeZone);
    if (endMs <= startMs) continue;
    openings.push({
      opening: {
        date,
        start: formatInZone(startMs, schedule.timeZone),
        end: formatInZone(endMs, schedule.timeZone),
      },
      startMs,
      endMs,
    });
  }
  return openings.sort(byStartThenEnd);
}

function byStartThenEnd(a: TimedOpening, b: TimedOpening): number {
  return a.startMs - b.startMs || a.endMs - b.endMs;
}

/**
 * The first window occurrence opening on a local day, freeze or not.
 * @public
 */
export function firstOpeningOn(
  schedule: MaintenanceSchedule,
  date: string,
): MaintenanceOpening | undefined {
  return openingsOnDay(schedule, date)[0]?.opening;
}

/**
 * The maintenance window occurrences still to come at `from` (those already open included, as
 * their end is after it), opening on or before the local day `until`, outside freezes, in start
 * order, at most `limit`. An occurrence is in a freeze when the local day it opens on is.
 * @public
 */
export function maintenanceOpenings(
  schedule: MaintenanceSchedule,
  from: Date,
  until: string,
  limit: number,
): MaintenanceOpening[] {
  if (!isCalendarDate(until)) {
    throw new RangeError(`"${until}" is not a calendar date (YYYY-MM-DD)`);
  }
  const fromMs = from.getTime();
  // A window lasts at most a day (and a DST hour), so one opened the day before may still be open.
  let date = addDays(dateIn(schedule.timeZone, from), -1);
  const found: TimedOpening[] = [];
  while (date <= until && found.length < limit) {
    if (!freezeOn(schedule, date)) {
      found.push(
        ...openingsOnDay(schedule, date).filter(o => o.endMs > fromMs),
      );
    }
    date = addDays(date, 1);
  }
  // Openings of one day start after those of the day before, so sorting what was found suffices.
  return found
    .sort(byStartThenEnd)
    .slice(0, Math.max(0, limit))
    .map(o => o.opening);
}
