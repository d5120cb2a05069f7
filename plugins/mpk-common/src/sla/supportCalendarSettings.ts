import { z } from 'zod';
import { timeZoneSchema } from '../contract/contractTimeZone';
import { calendarDateSchema } from '../upgrade/calendarDates';
import { describeZodProblems } from '../zodProblems';
import { DEFAULT_SUPPORT_CALENDAR, SupportCalendar } from './supportCalendar';
import { Holiday, usFederalHolidays } from './usFederalHolidays';

const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z
  .string()
  .regex(clockTimePattern, 'expected a time as HH:mm (24-hour)');

/**
 * How a support calendar is configured (`mpk.supportCalendar`); every field has the contract's
 * default, so `{}` is the contract's calendar.
 * @public
 */
export const supportCalendarSettingsSchema = z
  .object({
    timeZone: timeZoneSchema.default(DEFAULT_SUPPORT_CALENDAR.timeZone),
    opens: clockTime.default(DEFAULT_SUPPORT_CALENDAR.opens),
    closes: clockTime.default(DEFAULT_SUPPORT_CALENDAR.closes),
    workdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'needs at least one workday (ISO weekdays, Monday 1 … Sunday 7)')
      .default(DEFAULT_SUPPORT_CALENDAR.workdays),
    holidays: z
      .object({
        /** the 11 US federal holidays at their observed dates */
        usFederal: z.boolean().default(true),
        /** extra days the office is closed */
        add: z
          .array(
            z.object({ date: calendarDateSchema, name: z.string().min(1) }),
          )
          .default([]),
        /** observed dates of holidays the office works on after all */
        remove: z.array(calendarDateSchema).default([]),
      })
      .prefault({}),
  })
  .refine(
    // Only two well-formed times can be compared; a malformed one has its own problem.
    ({ opens, closes }) =>
      !clockTimePattern.test(opens) ||
      !clockTimePattern.test(closes) ||
      opens < closes,
    { message: 'closes must be after opens', path: ['closes'] },
  );

/** @public */
export type SupportCalendarSettings = z.input<
  typeof supportCalendarSettingsSchema
>;

/**
 * The support calendar that settings describe. Throws a `RangeError` naming every bad field.
 * @public
 */
export function supportCalendarFrom(
  settings: SupportCalendarSettings = {},
): SupportCalendar {
  const result = supportCalendarSettingsSchema.safeParse(settings);
  if (!result.success) {
    throw new RangeError(
      `Invalid support calendar: ${describeZodProblems(result.error)}`,
    );
  }
  const { timeZone, opens, closes, workdays, holidays } = result.data;
  const removed = new Set(holidays.remove);
  return {
    timeZone,
    opens,
    closes,
    workdays,
    holidays(year: number): Holiday[] {
      const federal = holidays.usFederal ? usFederalHolidays(year) : [];
      const added = holidays.add.filter(h => h.date.startsWith(`${year}-`));
      return [...federal, ...added].filter(h => !removed.has(h.date));
    },
  };
}
