import { InputError } from '@backstage/errors';
import {
  addDays,
  checkPlannedDate,
  ClusterMaintenance,
  maintenanceOpenings,
  parseMaintenanceSchedule,
} from '@mpk-portal/plugin-mpk-common';

/** How far ahead the cluster card lists maintenance windows. */
const OPENINGS_AHEAD_DAYS = 90;
const OPENINGS_LISTED = 8;

/**
 * A cluster's maintenance windows with its next openings, or null when its catalog entry
 * declares none. A declaration the rules cannot read counts as none here; planning refuses it.
 */
export function clusterMaintenance(
  declared: unknown,
  options: { now: Date; today: string; deadline?: string },
): ClusterMaintenance | null {
  if (declared === undefined) return null;
  const parsed = parseMaintenanceSchedule(declared);
  if (!parsed.ok) return null;
  const { schedule } = parsed;
  const nextWindows = maintenanceOpenings(
    schedule,
    options.now,
    addDays(options.today, OPENINGS_AHEAD_DAYS),
    OPENINGS_LISTED,
  );
  const { deadline } = options;
  const beforeDeadline = deadline
    ? maintenanceOpenings(schedule, options.now, deadline, 1)[0]
    : undefined;
  return {
    timeZone: schedule.timeZone,
    windows: schedule.windows,
    freezes: schedule.freezes,
    nextWindows,
    nextWindowBeforeDeadline: beforeDeadline ?? null,
  };
}

/**
 * Refuses a planned date the cluster's maintenance windows do not allow: a day in a freeze, or a
 * day on which no window opens. A cluster without windows may be planned on any day.
 */
export function requirePlannableDate(
  declared: unknown,
  clusterTitle: string,
  plannedDate: string,
): void {
  if (declared === undefined) return;
  const parsed = parseMaintenanceSchedule(declared);
  if (!parsed.ok) {
    throw new InputError(
      `The maintenance windows of ${clusterTitle} in the catalog (spec.maintenance) cannot be read, so no date can be checked against them: ${parsed.problems.join(
        '; ',
      )}`,
    );
  }
  const check = checkPlannedDate(parsed.schedule, plannedDate);
  if (!check.ok) {
    throw new InputError(`plannedDate: ${check.reason}`);
  }
}
