import { checkPlannedDate } from './checkPlannedDate';
import { describeMaintenanceWindows } from './describeMaintenanceWindows';
import { MaintenanceSchedule } from './maintenanceSchedule';

const newYork: MaintenanceSchedule = {
  timeZone: 'America/New_York',
  windows: [{ days: ['sat', 'sun'], start: '01:00', end: '05:00' }],
  freezes: [
    { from: '2026-11-20', to: '2026-12-31', reason: 'Holiday sales season' },
  ],
};

describe('describeMaintenanceWindows', () => {
  it.each([
    [newYork, 'Saturday and Sunday 01:00–05:00 (America/New_York)'],
    [
      {
        ...newYork,
        timeZone: 'Europe/Berlin',
        windows: [
          {
            days: ['fri', 'mon', 'wed', 'tue', 'thu'],
            start: '22:00',
            end: '02:00',
          },
          { days: ['sun'], start: '06:00', end: '08:00' },
        ],
      },
      'Monday to Friday 22:00–02:00 the next day; Sunday 06:00–08:00 (Europe/Berlin)',
    ],
    [
      {
        ...newYork,
        timeZone: 'UTC',
        windows: [
          {
            days: ['mon', 'tue', 'thu', 'fri', 'sat'],
            start: '03:00',
            end: '04:00',
          },
          {
            days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
            start: '12:00',
            end: '12:00',
          },
        ],
      },
      'Monday, Tuesday and Thursday to Saturday 03:00–04:00; every day 12:00–12:00 the next day (UTC)',
    ],
  ] as [MaintenanceSchedule, string][])('%#: %s', (schedule, words) => {
    expect(describeMaintenanceWindows(schedule)).toBe(words);
  });
});

describe('checkPlannedDate', () => {
  it('gives the window of a day on which one opens', () => {
    expect(checkPlannedDate(newYork, '2026-11-08')).toEqual({
      ok: true,
      opening: {
        date: '2026-11-08',
        start: '2026-11-08T01:00:00-05:00',
        end: '2026-11-08T05:00:00-05:00',
      },
    });
  });

  it('gives the first window of the day, on a DST switch day as well', () => {
    const twoWindows: MaintenanceSchedule = {
      ...newYork,
      windows: [
        { days: ['sun'], start: '22:00', end: '23:00' },
        { days: ['sun'], start: '02:30', end: '04:00' },
      ],
    };
    expect(checkPlannedDate(twoWindows, '2026-03-08')).toEqual({
      ok: true,
      opening: {
        date: '2026-03-08',
        start: '2026-03-08T03:00:00-04:00',
        end: '2026-03-08T04:00:00-04:00',
      },
    });
  });

  it('refuses a day in a freeze, naming it', () => {
    expect(checkPlannedDate(newYork, '2026-12-05')).toEqual({
      ok: false,
      reason:
        'Saturday 2026-12-05 is in the maintenance freeze "Holiday sales season" (2026-11-20 to 2026-12-31); no upgrade may be planned then',
    });
    expect(checkPlannedDate(newYork, '2026-11-20').ok).toBe(false);
    expect(checkPlannedDate(newYork, '2026-12-31').ok).toBe(false);
  });

  it('refuses a day on which no window opens, saying when they do', () => {
    expect(checkPlannedDate({ ...newYork, freezes: [] }, '2026-12-04')).toEqual(
      {
        ok: false,
        reason:
          'No maintenance window opens on Friday 2026-12-04; the windows are Saturday and Sunday 01:00–05:00 (America/New_York)',
      },
    );
    expect(
      checkPlannedDate(
        {
          ...newYork,
          windows: [{ days: ['wed'], start: '22:00', end: '02:00' }],
        },
        '2027-01-07',
      ),
    ).toEqual({
      ok: false,
      reason:
        'No maintenance window opens on Thursday 2027-01-07; the window is Wednesday 22:00–02:00 the next day (America/New_York)',
    });
  });

  it('refuses a date that does not exist', () => {
    expect(checkPlannedDate(newYork, '2026-02-29')).toEqual({
      ok: false,
      reason: '"2026-02-29" is not a calendar date (YYYY-MM-DD)',
    });
  });
});
