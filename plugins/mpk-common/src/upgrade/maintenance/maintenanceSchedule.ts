import { IANAZone } from 'luxon';
import { z } from 'zod';
import { ApiSchemas } from '../../schema/apiSchemas';
import { describeZodProblems } from '../../zodProblems';
import { calendarDateSchema } from '../calendarDates';

/**
 * A weekly maintenance window: the days it opens on and its local start and end times.
 * @public
 */
export type MaintenanceWindowRule = ApiSchemas['MaintenanceWindowRule'];

/**
 * Days on which no upgrade may be planned, both ends included, and why.
 * @public
 */
export type MaintenanceFreeze = ApiSchemas['MaintenanceFreeze'];

/**
 * One occurrence of a maintenance window: the local day it opens on, and its start and end with
 * the zone's UTC offset on that day.
 * @public
 */
export type MaintenanceOpening = ApiSchemas['MaintenanceOpening'];

/**
 * A cluster's maintenance windows and freezes (catalog `spec.maintenance`).
 * @public
 */
export type MaintenanceSchedule = Pick<
  ApiSchemas['ClusterMaintenance'],
  'timeZone' | 'windows' | 'freezes'
>;

/**
 * A cluster's maintenance windows and freezes with its next openings, as the API answers them.
 * @public
 */
export type ClusterMaintenance = ApiSchemas['ClusterMaintenance'];

/**
 * A day of the week as a schedule writes it.
 * @public
 */
export type MaintenanceWeekday = MaintenanceWindowRule['days'][number];

/**
 * The days of the week in ISO order (Monday first), so that index + 1 is the ISO weekday.
 * @public
 */
export const MAINTENANCE_WEEKDAYS: readonly MaintenanceWeekday[] = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
];

// Limits keep a catalog typo (or a generated file) from making every opening computation slow.
const maxWindows = 20;
const maxFreezes = 50;
const maxReasonLength = 500;
const localTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const windowSchema = z.object({
  days: z
    .array(
      z.enum(MAINTENANCE_WEEKDAYS as [MaintenanceWeekday], {
        error: `expected one of ${MAINTENANCE_WEEKDAYS.join(', ')}`,
      }),
    )
    .min(1, 'name at least one day'),
  start: z
    .string()
    .regex(localTime, 'expected a local time as HH:mm, 00:00 to 23:59'),
  end: z
    .string()
    .regex(localTime, 'expected a local time as HH:mm, 00:00 to 23:59'),
});

const freezeSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    reason: z
      .string()
      .trim()
      .min(1, 'say why nothing may be planned then')
      .max(maxReasonLength, `at most ${maxReasonLength} characters`),
  })
  .superRefine((freeze, context) => {
    // Dates as YYYY-MM-DD compare as text.
    if (freeze.from > freeze.to) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `is before from (${freeze.from})`,
      });
    }
  });

const scheduleSchema = z.object({
  timeZone: z
    .string()
    .refine(
      zone => IANAZone.isValidZone(zone),
      'expected an IANA time zone, e.g. Europe/Berlin',
    ),
  windows: z
    .array(windowSchema)
    .min(1, 'declare at least one window')
    .max(maxWindows, `at most ${maxWindows} windows`),
  freezes: z
    .array(freezeSchema)
    .max(maxFreezes, `at most ${maxFreezes} freezes`)
    .default([]),
});

/**
 * A maintenance schedule, or every problem of it.
 * @public
 */
export type MaintenanceScheduleResult =
  | { ok: true; schedule: MaintenanceSchedule }
  | { ok: false; problems: string[] };

/**
 * Reads a cluster's `spec.maintenance`: an IANA time zone, up to 20 weekly windows and up to 50
 * freezes (a freeze may be left out). Each problem names its field, under `root`.
 * @public
 */
export function parseMaintenanceSchedule(
  raw: unknown,
  root: string = 'maintenance',
): MaintenanceScheduleResult {
  const result = scheduleSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(issue =>
        describeZodProblems(new z.ZodError([issue]), {
          root,
          indexes: 'brackets',
        }),
      ),
    };
  }
  return { ok: true, schedule: result.data };
}
