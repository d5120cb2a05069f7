import { DateTime } from 'luxon';
import { ApiSchemas } from '../../schema/apiSchemas';

/**
 * One occurrence of a maintenance window, in words and in the schedule's zone, e.g.
 * `Saturday 2026-12-05, 01:00–05:00 (America/New_York)`.
 * @public
 */
export function describeMaintenanceOpening(
  opening: ApiSchemas['MaintenanceOpening'],
  timeZone: string,
): string {
  const start = DateTime.fromISO(opening.start, { zone: timeZone });
  const end = DateTime.fromISO(opening.end, { zone: timeZone });
  const endDay = end.toISODate() === start.toISODate() ? '' : ' the next day';
  return `${start.setLocale('en-US').toFormat('cccc')} ${
    opening.date
  }, ${start.toFormat('HH:mm')}–${end.toFormat(
    'HH:mm',
  )}${endDay} (${timeZone})`;
}
