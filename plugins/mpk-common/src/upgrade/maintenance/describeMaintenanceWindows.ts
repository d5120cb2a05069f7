import { listInWords, WEEKDAY_NAMES } from '../../text/words';
import { isoWeekday } from './localTime';
import {
  MAINTENANCE_WEEKDAYS,
  MaintenanceSchedule,
  MaintenanceWindowRule,
} from './maintenanceSchedule';

const dayNames = WEEKDAY_NAMES;

/**
 * The English name of the weekday of a calendar date, e.g. `Friday` for 2026-12-04.
 * @public
 */
export function weekdayName(date: string): string {
  return dayNames[isoWeekday(date) - 1];
}

/**
 * The days of a window in words, in week order: runs of three days or more as `Monday to Friday`
 * (easier to read than five names), every day as `every day`.
 */
function daysInWords(days: MaintenanceWindowRule['days']): string {
  const indexes = MAINTENANCE_WEEKDAYS.flatMap((day, index) =>
    days.includes(day) ? [index] : [],
  );
  if (indexes.length === 7) return 'every day';
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return listInWords(
    runs.flatMap(run =>
      run.length >= 3
        ? [`${dayNames[run[0]]} to ${dayNames[run[run.length - 1]]}`]
        : run.map(index => dayNames[index]),
    ),
  );
}

/**
 * One weekly window in words, without its zone, e.g. `Monday to Thursday 20:00–23:00` or
 * `Saturday 22:00–02:00 the next day`.
 * @public
 */
export function describeMaintenanceWindow(
  window: MaintenanceWindowRule,
): string {
  const nextDay = window.end <= window.start ? ' the next day' : '';
  return `${daysInWords(window.days)} ${window.start}–${window.end}${nextDay}`;
}

/**
 * A schedule's windows in words, for messages and reminders, e.g.
 * `Saturday and Sunday 01:00–05:00 (America/New_York)`; several windows are separated by `; `.
 * @public
 */
export function describeMaintenanceWindows(
  schedule: MaintenanceSchedule,
): string {
  return `${schedule.windows.map(describeMaintenanceWindow).join('; ')} (${
    schedule.timeZone
  })`;
}
