import fc from 'fast-check';
import { DateTime } from 'luxon';
import { maintenanceOpenings } from './maintenanceOpenings';
import {
  MAINTENANCE_WEEKDAYS,
  MaintenanceSchedule,
  MaintenanceWindowRule,
} from './maintenanceSchedule';

function schedule(
  timeZone: string,
  windows: MaintenanceWindowRule[],
  freezes: MaintenanceSchedule['freezes'] = [],
): MaintenanceSchedule {
  return { timeZone, windows, freezes };
}

const weekends = (timeZone: string) =>
  schedule(timeZone, [{ days: ['sat', 'sun'], start: '01:00', end: '05:00' }]);

function hours(opening: { start: string; end: string }): number {
  return (Date.parse(opening.end) - Date.parse(opening.start)) / 3_600_000;
}

describe('maintenanceOpenings', () => {
  it('lists the weekend openings with the offset of each day', () => {
    expect(
      maintenanceOpenings(
        weekends('America/New_York'),
        new Date('2026-12-01T12:00:00Z'),
        '2026-12-13',
        10,
      ),
    ).toEqual([
      {
        date: '2026-12-05',
        start: '2026-12-05T01:00:00-05:00',
        end: '2026-12-05T05:00:00-05:00',
      },
      {
        date: '2026-12-06',
        start: '2026-12-06T01:00:00-05:00',
        end: '2026-12-06T05:00:00-05:00',
      },
      {
        date: '2026-12-12',
        start: '2026-12-12T01:00:00-05:00',
        end: '2026-12-12T05:00:00-05:00',
      },
      {
        date: '2026-12-13',
        start: '2026-12-13T01:00:00-05:00',
        end: '2026-12-13T05:00:00-05:00',
      },
    ]);
  });

  // Each row: zone, window, the day it opens, expected start and end, and its length in hours.
  it.each([
    [
      'New York, spring forward: the window is an hour shorter',
      'America/New_York',
      { days: ['sun'], start: '01:00', end: '05:00' },
      '2026-03-08',
      '2026-03-08T01:00:00-05:00',
      '2026-03-08T05:00:00-04:00',
      3,
    ],
    [
      'New York, spring forward: a start the clocks skip moves to the switch',
      'America/New_York',
      { days: ['sun'], start: '02:30', end: '06:00' },
      '2026-03-08',
      '2026-03-08T03:00:00-04:00',
      '2026-03-08T06:00:00-04:00',
      3,
    ],
    [
      'New York, fall back: the window is an hour longer',
      'America/New_York',
      { days: ['sun'], start: '01:00', end: '05:00' },
      '2026-11-01',
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T05:00:00-05:00',
      5,
    ],
    [
      'New York, fall back: a start that happens twice takes the first',
      'America/New_York',
      { days: ['sun'], start: '01:30', end: '03:00' },
      '2026-11-01',
      '2026-11-01T01:30:00-04:00',
      '2026-11-01T03:00:00-05:00',
      2.5,
    ],
    [
      'Berlin, spring forward: the window is an hour shorter',
      'Europe/Berlin',
      { days: ['sun'], start: '01:00', end: '05:00' },
      '2026-03-29',
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T05:00:00+02:00',
      3,
    ],
    [
      'Berlin, spring forward: a start the clocks skip moves to the switch',
      'Europe/Berlin',
      { days: ['sun'], start: '02:00', end: '04:00' },
      '2026-03-29',
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T04:00:00+02:00',
      1,
    ],
    [
      'Berlin, fall back: the window is an hour longer',
      'Europe/Berlin',
      { days: ['sun'], start: '01:00', end: '05:00' },
      '2026-10-25',
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T05:00:00+01:00',
      5,
    ],
    [
      'Berlin, fall back: a start that happens twice takes the first',
      'Europe/Berlin',
      { days: ['sun'], start: '02:30', end: '04:00' },
      '2026-10-25',
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T04:00:00+01:00',
      2.5,
    ],
    [
      'a window crossing midnight ends the next day',
      'America/New_York',
      { days: ['fri'], start: '22:00', end: '02:00' },
      '2026-12-04',
      '2026-12-04T22:00:00-05:00',
      '2026-12-05T02:00:00-05:00',
      4,
    ],
    [
      'an end equal to the start is a whole day later',
      'Europe/Berlin',
      { days: ['wed'], start: '06:00', end: '06:00' },
      '2026-12-02',
      '2026-12-02T06:00:00+01:00',
      '2026-12-03T06:00:00+01:00',
      24,
    ],
    [
      'New York, a window crossing midnight and the spring switch',
      'America/New_York',
      { days: ['sat'], start: '22:00', end: '04:00' },
      '2026-03-07',
      '2026-03-07T22:00:00-05:00',
      '2026-03-08T04:00:00-04:00',
      5,
    ],
    [
      'Berlin, a window crossing midnight and the autumn switch',
      'Europe/Berlin',
      { days: ['sat'], start: '23:00', end: '03:00' },
      '2026-10-24',
      '2026-10-24T23:00:00+02:00',
      '2026-10-25T03:00:00+01:00',
      5,
    ],
  ] as const)('%s', (_, timeZone, window, date, start, end, length) => {
    const [opening] = maintenanceOpenings(
      schedule(timeZone, [{ ...window, days: [...window.days] }]),
      new Date(`${date}T00:00:00Z`),
      date,
      1,
    );
    expect(opening).toEqual({ date, start, end });
    expect(hours(opening)).toBe(length);
  });

  it('skips a window wholly in the hour the clocks skip', () => {
    expect(
      maintenanceOpenings(
        schedule('America/New_York', [
          { days: ['sun'], start: '02:10', end: '02:50' },
        ]),
        new Date('2026-03-01T12:00:00Z'),
        '2026-03-15',
        10,
      ).map(o => o.date),
    ).toEqual(['2026-03-15']);
  });

  it('counts a window already open, and not one already closed', () => {
    const saturdayThreeAm = new Date('2026-12-05T08:00:00Z'); // 03:00 in New York
    expect(
      maintenanceOpenings(
        weekends('America/New_York'),
        saturdayThreeAm,
        '2026-12-06',
        5,
      ).map(o => o.date),
    ).toEqual(['2026-12-05', '2026-12-06']);
    const saturdaySixAm = new Date('2026-12-05T11:00:00Z');
    expect(
      maintenanceOpenings(
        weekends('America/New_York'),
        saturdaySixAm,
        '2026-12-06',
        5,
      ).map(o => o.date),
    ).toEqual(['2026-12-06']);
  });

  it('counts a window opened the day before that is still open', () => {
    const fridayNights = schedule('Europe/Berlin', [
      { days: ['fri'], start: '22:00', end: '03:00' },
    ]);
    const saturdayOneAm = new Date('2026-12-05T00:00:00Z'); // 01:00 in Berlin
    expect(
      maintenanceOpenings(fridayNights, saturdayOneAm, '2026-12-05', 5),
    ).toEqual([
      {
        date: '2026-12-04',
        start: '2026-12-04T22:00:00+01:00',
        end: '2026-12-05T03:00:00+01:00',
      },
    ]);
  });

  it('skips openings on freeze days, both ends included', () => {
    const frozen = schedule(
      'America/New_York',
      [{ days: ['sat', 'sun'], start: '01:00', end: '05:00' }],
      [
        { from: '2026-11-20', to: '2026-12-05', reason: 'Holiday sales' },
        { from: '2026-12-13', to: '2026-12-13', reason: 'Audit' },
      ],
    );
    expect(
      maintenanceOpenings(
        frozen,
        new Date('2026-11-19T12:00:00Z'),
        '2026-12-20',
        10,
      ).map(o => o.date),
    ).toEqual(['2026-12-06', '2026-12-12', '2026-12-19', '2026-12-20']);
  });

  it('orders several windows by start, stops at the limit and at the last day', () => {
    const twoWindows = schedule('UTC', [
      { days: ['mon'], start: '20:00', end: '22:00' },
      { days: ['mon', 'tue'], start: '06:00', end: '08:00' },
    ]);
    const from = new Date('2026-11-30T00:00:00Z'); // a Monday
    expect(
      maintenanceOpenings(twoWindows, from, '2026-12-31', 3).map(o => o.start),
    ).toEqual([
      '2026-11-30T06:00:00Z',
      '2026-11-30T20:00:00Z',
      '2026-12-01T06:00:00Z',
    ]);
    expect(
      maintenanceOpenings(twoWindows, from, '2026-11-30', 10),
    ).toHaveLength(2);
    expect(maintenanceOpenings(twoWindows, from, '2026-11-29', 10)).toEqual([]);
    expect(maintenanceOpenings(twoWindows, from, '2026-12-31', 0)).toEqual([]);
  });

  it('refuses a last day that is not a calendar date', () => {
    expect(() =>
      maintenanceOpenings(weekends('UTC'), new Date(), '2026-02-30', 1),
    ).toThrow('"2026-02-30" is not a calendar date');
  });

  it('only returns openings on listed weekdays, ending after they start, outside freezes', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(
        ([h, m]) =>
          `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
      );
    const day = fc
      .date({
        min: new Date('2026-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(d => d.toISOString().slice(0, 10));
    const scheduleArbitrary = fc.record({
      timeZone: fc.constantFrom(
        'America/New_York',
        'Europe/Berlin',
        'Australia/Lord_Howe', // a half-hour DST switch
        'America/Santiago', // switches at midnight
        'Asia/Kolkata',
        'UTC',
      ),
      windows: fc.array(
        fc.record({
          days: fc.subarray([...MAINTENANCE_WEEKDAYS], { minLength: 1 }),
          start: time,
          end: time,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      freezes: fc.array(
        fc
          .tuple(day, fc.integer({ min: 0, max: 20 }), fc.string())
          .map(([from, length, reason]) => ({
            from,
            to: DateTime.fromISO(from).plus({ days: length }).toISODate()!,
            reason: `freeze ${reason}`,
          })),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        scheduleArbitrary,
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2027-06-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (generated, from, days, limit) => {
          const until = DateTime.fromJSDate(from, { zone: 'UTC' })
            .plus({ days })
            .toISODate()!;
          const openings = maintenanceOpenings(generated, from, until, limit);
          expect(openings.length).toBeLessThanOrEqual(limit);
          let previousStart = -Infinity;
          for (const opening of openings) {
            const start = DateTime.fromISO(opening.start, { setZone: true });
            const end = DateTime.fromISO(opening.end, { setZone: true });
            const inZone = start.setZone(generated.timeZone);
            // Opens on a listed weekday of the day it names, in the schedule's zone.
            expect(inZone.toISODate()).toBe(opening.date);
            const weekday = MAINTENANCE_WEEKDAYS[inZone.weekday - 1];
            expect(generated.windows.some(w => w.days.includes(weekday))).toBe(
              true,
            );
            // The written offset is the zone's offset at that instant.
            expect(start.offset).toBe(inZone.offset);
            expect(end.toMillis()).toBeGreaterThan(start.toMillis());
            expect(end.toMillis()).toBeGreaterThan(from.getTime());
            expect(opening.date <= until).toBe(true);
            expect(
              generated.freezes.some(
                f => f.from <= opening.date && opening.date <= f.to,
              ),
            ).toBe(false);
            expect(start.toMillis()).toBeGreaterThanOrEqual(previousStart);
            previousStart = start.toMillis();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
