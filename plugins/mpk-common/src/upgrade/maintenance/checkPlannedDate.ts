import { isCalendarDate } from '../calendarDates';
import {
  describeMaintenanceWindows,
  weekdayName,
} from './describeMaintenanceWindows';
import { firstOpeningOn, freezeOn } from './maintenanceOpenings';
import { MaintenanceOpening, MaintenanceSchedule } from './maintenanceSchedule';

/**
 * Whether an upgrade may be planned on a day, with the window it would use, or why not.
 * @public
 */
export type PlannedDateCheck =
  | { ok: true; opening: MaintenanceOpening }
  | { ok: false; reason: string };

/**
 * Checks a planned upgrade day (local, YYYY-MM-DD) against a cluster's maintenance schedule: it
 * must be outside every freeze, and a window must open on it. The answer gives the first window
 * of the day, or a reason a person can act on.
 * @public
 */
export function checkPlannedDate(
  schedule: MaintenanceSchedule,
  date: string,
): PlannedDateCheck {
  if (!isCalendarDate(date)) {
    return {
      ok: false,
      reason: `"${date}" is not a calendar date (YYYY-MM-DD)`,
    };
  }
  const freeze = freezeOn(schedule, date);
  if (freeze) {
    return {
      ok: false,
      reason: `${weekdayName(date)} ${date} is in the maintenance freeze "${
        freeze.reason
      }" (${freeze.from} to ${freeze.to}); no upgrade may be planned then`,
    };
  }
  const opening = firstOpeningOn(schedule, date);
  if (!opening) {
    const onlyOne =
      schedule.windows.length === 1 && schedule.windows[0].days.length === 1;
    return {
      ok: false,
      reason: `No maintenance window opens on ${weekdayName(date)} ${date}; ${
        onlyOne ? 'the window is' : 'the windows are'
      } ${describeMaintenanceWindows(schedule)}`,
    };
  }
  return { ok: true, opening };
}
