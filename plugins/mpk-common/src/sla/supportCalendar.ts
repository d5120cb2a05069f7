import { DateTime } from 'luxon';
import { DEFAULT_CONTRACT_TIME_ZONE } from '../contract/contractTimeZone';
import { memoizedZone } from './memoizedZone';
import { Holiday, usFederalHolidays } from './usFederalHolidays';

/**
 * When the support pod works: business hours on workdays in one time zone, less holidays.
 * @public
 */
export interface SupportCalendar {
  /** IANA time zone, e.g. `America/Los_Angeles`; its DST rules apply */
  timeZone: string;
  /** opening and closing time, `HH:mm` */
  opens: string;
  closes: string;
  /** ISO weekdays: Monday 1 … Sunday 7 */
  workdays: number[];
  /** the days the office is closed in a year (observed dates) */
  holidays(year: number): Holiday[];
}

/**
 * The contract's default: Monday to Friday, 08:00 to 17:00 Pacific time, closed on the 11 US
 * federal holidays (observed dates).
 * @public
 */
export const DEFAULT_SUPPORT_CALENDAR: SupportCalendar = {
  timeZone: DEFAULT_CONTRACT_TIME_ZONE,
  opens: '08:00',
  closes: '17:00',
  workdays: [1, 2, 3, 4, 5],
  holidays: usFederalHolidays,
};

/**
 * A deadline on the support calendar, and how it was counted.
 * @public
 */
export interface BusinessDeadline {
  due: Date;
  explanation: string;
}

function at(day: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

// Holiday lists are computed per year; a deadline looks at many days, so each calendar keeps its
// years' holidays by date.
const holidayIndexes = new WeakMap<
  SupportCalendar,
  Map<number, Map<string, string>>
>();

function holidaysByDate(
  calendar: SupportCalendar,
  year: number,
): Map<string, string> {
  let index = holidayIndexes.get(calendar);
  if (!index) {
    index = new Map();
    holidayIndexes.set(calendar, index);
  }
  let byDate = index.get(year);
  if (!byDate) {
    byDate = new Map(calendar.holidays(year).map(h => [h.date, h.name]));
    index.set(year, byDate);
  }
  return byDate;
}

function closedReason(
  day: DateTime,
  calendar: SupportCalendar,
): string | undefined {
  if (!calendar.workdays.includes(day.weekday)) return 'weekend';
  const date = day.toISODate()!;
  // A holiday observed on 31 December belongs to the next year's list.
  return (
    holidaysByDate(calendar, day.year).get(date) ??
    holidaysByDate(calendar, day.year + 1).get(date)
  );
}

function describeDuration(ms: number): string {
  const minutes = Math.round(ms / 60000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * The length of one whole business day of the calendar, in minutes: 540 for 08:00 to 17:00.
 * @public
 */
export function businessDayMinutes(calendar: SupportCalendar): number {
  const minutesOf = (time: string) => {
    const [hour, minute] = time.split(':').map(Number);
    return hour * 60 + minute;
  };
  return minutesOf(calendar.closes) - minutesOf(calendar.opens);
}

// Luxon builds a new Intl formatter for every zone name it prints (ZZZZ), which made naming the
// zone most of a deadline's cost; one formatter per zone is kept instead.
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneName(time: DateTime): string {
  const zone = time.zoneName ?? 'UTC';
  let formatter = zoneNameFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'short',
    });
    zoneNameFormatters.set(zone, formatter);
  }
  return (
    formatter
      .formatToParts(time.toJSDate())
      .find(p => p.type === 'timeZoneName')?.value ?? zone
  );
}

const format = (time: DateTime) =>
  `${time.toFormat('ccc yyyy-MM-dd HH:mm')} ${zoneName(time)}`;

/**
 * The moment `minutes` after `start` around the clock, explained in the calendar's time zone.
 * @public
 */
export function addClockMinutes(
  start: Date,
  minutes: number,
  calendar: SupportCalendar = DEFAULT_SUPPORT_CALENDAR,
): BusinessDeadline {
  const opened = DateTime.fromJSDate(start, {
    zone: memoizedZone(calendar.timeZone),
  });
  const due = opened.plus({ minutes });
  return {
    due: due.toJSDate(),
    explanation: `due ${format(due)}: opened ${format(
      opened,
    )}, ${describeDuration(minutes * 60000)} around the clock`,
  };
}

/**
 * The moment `minutes` of business time have passed after `start` on the calendar. The clock
 * only runs inside business hours; a deadline that ends exactly at closing time is due then.
 * @public
 */
export function addBusinessMinutes(
  start: Date,
  minutes: number,
  calendar: SupportCalendar = DEFAULT_SUPPORT_CALENDAR,
): BusinessDeadline {
  let remaining = minutes * 60000;
  let cursor: DateTime = DateTime.fromJSDate(start, {
    zone: memoizedZone(calendar.timeZone),
  });
  const steps: string[] = [];
  let skipped: string[] = [];
  const flushSkipped = () => {
    if (skipped.length > 0) steps.push(`${skipped.join(', ')} skipped`);
    skipped = [];
  };

  for (let guard = 0; guard < 3660; guard++) {
    const reason = closedReason(cursor, calendar);
    const opens = at(cursor, calendar.opens);
    const closes = at(cursor, calendar.closes);
    if (reason || cursor >= closes) {
      if (reason) skipped.push(`${cursor.toFormat('ccc')} (${reason})`);
      else if (steps.length === 0) steps.push('after closing time');
      cursor = at(cursor.plus({ days: 1 }), calendar.opens);
      continue;
    }
    if (cursor < opens) {
      if (steps.length === 0 && skipped.length === 0)
        steps.push('before opening time');
      cursor = opens;
    }
    flushSkipped();
    const available = closes.toMillis() - cursor.toMillis();
    if (remaining <= available) {
      const due = cursor.plus({ milliseconds: remaining });
      steps.push(
        `${describeDuration(remaining)} counted on ${cursor.toFormat('ccc')}`,
      );
      return {
        due: due.toJSDate(),
        explanation: `due ${format(due)}: opened ${format(
          DateTime.fromJSDate(start, { zone: memoizedZone(calendar.timeZone) }),
        )}, ${steps.join(', ')}`,
      };
    }
    steps.push(
      `${describeDuration(available)} counted on ${cursor.toFormat('ccc')}`,
    );
    remaining -= available;
    cursor = at(cursor.plus({ days: 1 }), calendar.opens);
  }
  throw new Error(
    'The support calendar has no business hours in the next ten years',
  );
}
