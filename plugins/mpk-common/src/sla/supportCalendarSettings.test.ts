import { DateTime } from 'luxon';
import { addBusinessMinutes } from './supportCalendar';
import { supportCalendarFrom } from './supportCalendarSettings';

const at = (local: string, zone: string) =>
  DateTime.fromISO(local, { zone }).toJSDate();

describe('supportCalendarFrom', () => {
  it('is the contract calendar without settings', () => {
    const calendar = supportCalendarFrom();
    expect(calendar).toMatchObject({
      timeZone: 'America/Los_Angeles',
      opens: '08:00',
      closes: '17:00',
      workdays: [1, 2, 3, 4, 5],
    });
    expect(calendar.holidays(2026)).toHaveLength(11);
  });

  it('adds and removes days', () => {
    const calendar = supportCalendarFrom({
      holidays: {
        add: [{ date: '2026-11-27', name: 'Day after Thanksgiving' }],
        remove: ['2026-10-12'],
      },
    });
    const dates = calendar.holidays(2026).map(h => h.date);
    expect(dates).toContain('2026-11-27');
    expect(dates).not.toContain('2026-10-12');
    expect(calendar.holidays(2027).map(h => h.date)).not.toContain(
      '2026-11-27',
    );

    // Thanksgiving Wednesday 16:30: Thursday and the added Friday are closed.
    const { due, explanation } = addBusinessMinutes(
      at('2026-11-25T16:30', 'America/Los_Angeles'),
      60,
      calendar,
    );
    expect(due.toISOString()).toBe('2026-11-30T16:30:00.000Z');
    expect(explanation).toContain(
      'Thu (Thanksgiving Day), Fri (Day after Thanksgiving), Sat (weekend), Sun (weekend) skipped',
    );
    // Columbus Day removed: a Monday 2026-10-12 opening counts that day.
    expect(
      addBusinessMinutes(
        at('2026-10-12T10:00', 'America/Los_Angeles'),
        60,
        calendar,
      ).due.toISOString(),
    ).toBe('2026-10-12T18:00:00.000Z');
  });

  it('runs in another zone with its own DST rules and without federal holidays', () => {
    const berlin = supportCalendarFrom({
      timeZone: 'Europe/Berlin',
      opens: '09:00',
      closes: '18:00',
      holidays: { usFederal: false },
    });
    expect(berlin.holidays(2026)).toEqual([]);
    // Europe changes clocks on 2026-03-29; the Friday before 17:30 CET plus one hour is Monday 09:30 CEST.
    expect(
      addBusinessMinutes(
        at('2026-03-27T17:30', 'Europe/Berlin'),
        60,
        berlin,
      ).due.toISOString(),
    ).toBe('2026-03-30T07:30:00.000Z');
    // US Independence Day is a workday there.
    expect(
      addBusinessMinutes(
        at('2026-07-03T10:00', 'Europe/Berlin'),
        60,
        berlin,
      ).due.toISOString(),
    ).toBe('2026-07-03T09:00:00.000Z');
  });

  it('names every bad setting', () => {
    expect(() =>
      supportCalendarFrom({
        timeZone: 'America/Springfield',
        opens: '8am',
        workdays: [],
        holidays: { add: [{ date: '2026-02-30', name: 'x' }] },
      }),
    ).toThrow(
      'Invalid support calendar: timeZone: is not an IANA time zone; opens: expected a time as HH:mm (24-hour); ' +
        'workdays: needs at least one workday (ISO weekdays, Monday 1 … Sunday 7); holidays.add.0.date: is not a calendar date',
    );
    expect(() =>
      supportCalendarFrom({ opens: '17:00', closes: '08:00' }),
    ).toThrow('Invalid support calendar: closes: closes must be after opens');
  });
});
