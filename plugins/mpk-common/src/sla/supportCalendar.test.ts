import { DateTime } from 'luxon';
import {
  addBusinessMinutes,
  DEFAULT_SUPPORT_CALENDAR,
} from './supportCalendar';

const zone = 'America/Los_Angeles';
const pacific = (local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const inPacific = (date: Date) =>
  DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss ZZZZ");

const oneBusinessHour = 60;
const oneBusinessDay = 9 * 60;

describe('addBusinessMinutes on the default calendar', () => {
  it.each([
    // [what, opened (Pacific), business minutes, due (Pacific)]
    [
      'normal, Friday 16:30: 30 min that day, Monday 08:30',
      '2026-11-20T16:30',
      oneBusinessHour,
      '2026-11-23T08:30:00 PST',
    ],
    [
      'normal, opened on Saturday: Monday 09:00',
      '2026-11-21T11:00',
      oneBusinessHour,
      '2026-11-23T09:00:00 PST',
    ],
    [
      'low, Tuesday 10:00: Wednesday 10:00',
      '2026-11-17T10:00',
      oneBusinessDay,
      '2026-11-18T10:00:00 PST',
    ],
    [
      'opened at 16:59:59: one second that day',
      '2026-11-17T16:59:59',
      oneBusinessHour,
      '2026-11-18T08:59:59 PST',
    ],
    [
      'opened at 17:00:00: nothing that day',
      '2026-11-17T17:00:00',
      oneBusinessHour,
      '2026-11-18T09:00:00 PST',
    ],
    [
      'opened at 07:59: the clock starts at 08:00',
      '2026-11-17T07:59',
      oneBusinessHour,
      '2026-11-17T09:00:00 PST',
    ],
    [
      'ending exactly at closing time: due at 17:00, not the next morning',
      '2026-11-25T16:00',
      oneBusinessHour,
      '2026-11-25T17:00:00 PST',
    ],
    [
      'Thanksgiving skipped, the Friday after is a workday',
      '2026-11-25T16:30',
      oneBusinessHour,
      '2026-11-27T08:30:00 PST',
    ],
    [
      'Independence Day 2026 is a Saturday, observed Friday 3 July',
      '2026-07-02T16:30',
      oneBusinessHour,
      '2026-07-06T08:30:00 PDT',
    ],
    [
      'New Year 2028 is a Saturday, observed Friday 31 December 2027',
      '2027-12-30T16:00',
      oneBusinessDay,
      '2028-01-03T16:00:00 PST',
    ],
    [
      'across a year end without a holiday shift',
      '2026-12-31T16:00',
      oneBusinessDay,
      '2027-01-04T16:00:00 PST',
    ],
    [
      'Christmas 2027 is a Saturday, observed Friday 24 December',
      '2027-12-23T16:30',
      oneBusinessHour,
      '2027-12-27T08:30:00 PST',
    ],
  ])('%s', (_, opened, minutes, due) => {
    expect(inPacific(addBusinessMinutes(pacific(opened), minutes).due)).toBe(
      due,
    );
  });

  describe('across DST switches (counted in wall-clock business hours)', () => {
    it('spring forward: Friday 16:30 PST is due Monday 08:30 PDT, 15:30 UTC', () => {
      const { due } = addBusinessMinutes(
        pacific('2026-03-06T16:30'),
        oneBusinessHour,
      );
      expect(due.toISOString()).toBe('2026-03-09T15:30:00.000Z');
    });

    it('fall back: Friday 16:30 PDT is due Monday 08:30 PST, 16:30 UTC', () => {
      const { due } = addBusinessMinutes(
        pacific('2026-10-30T16:30'),
        oneBusinessHour,
      );
      expect(due.toISOString()).toBe('2026-11-02T16:30:00.000Z');
    });

    it('a whole business day spanning the spring-forward weekend is still 9 business hours', () => {
      const { due } = addBusinessMinutes(
        pacific('2026-03-06T12:00'),
        oneBusinessDay,
      );
      expect(inPacific(due)).toBe('2026-03-09T12:00:00 PDT');
    });
  });

  it('explains how the deadline was counted', () => {
    expect(
      addBusinessMinutes(pacific('2026-11-20T16:30'), oneBusinessHour)
        .explanation,
    ).toBe(
      'due Mon 2026-11-23 08:30 PST: opened Fri 2026-11-20 16:30 PST, 30 min counted on Fri, ' +
        'Sat (weekend), Sun (weekend) skipped, 30 min counted on Mon',
    );
    expect(
      addBusinessMinutes(pacific('2026-07-02T18:00'), oneBusinessHour)
        .explanation,
    ).toBe(
      'due Mon 2026-07-06 09:00 PDT: opened Thu 2026-07-02 18:00 PDT, after closing time, ' +
        'Fri (Independence Day), Sat (weekend), Sun (weekend) skipped, 1 h counted on Mon',
    );
  });

  it('always lands inside business hours, having counted exactly the business time asked for', () => {
    const holidays = new Set(
      [2025, 2026, 2027, 2028, 2029].flatMap(year =>
        DEFAULT_SUPPORT_CALENDAR.holidays(year).map(h => h.date),
      ),
    );
    // An independent, minute-by-minute reading of the calendar.
    const isOpen = (t: DateTime) =>
      t.weekday <= 5 &&
      !holidays.has(t.toISODate()!) &&
      t.hour >= 8 &&
      t.hour < 17;
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 60; run++) {
      const start = DateTime.fromISO('2026-01-01T00:00', { zone }).plus({
        minutes: random(60 * 24 * 730),
      });
      const minutes = 1 + random(600);
      const { due } = addBusinessMinutes(start.toJSDate(), minutes);
      const local = DateTime.fromJSDate(due, { zone });
      expect(isOpen(local.minus({ minutes: 1 }))).toBe(true);
      let counted = 0;
      for (let ms = start.toMillis(); ms < due.getTime(); ms += 60000) {
        if (isOpen(DateTime.fromMillis(ms, { zone }))) counted++;
      }
      expect(counted).toBe(minutes);
    }
  });
});
