import { parseMaintenanceSchedule } from './maintenanceSchedule';

const valid = {
  timeZone: 'America/New_York',
  windows: [{ days: ['sat', 'sun'], start: '01:00', end: '05:00' }],
  freezes: [
    { from: '2026-11-20', to: '2026-12-31', reason: 'Holiday sales season' },
  ],
};

function problemsOf(raw: unknown): string[] {
  const result = parseMaintenanceSchedule(raw);
  return result.ok ? [] : result.problems;
}

describe('parseMaintenanceSchedule', () => {
  it('reads a schedule', () => {
    expect(parseMaintenanceSchedule(valid)).toEqual({
      ok: true,
      schedule: valid,
    });
  });

  it('takes a schedule without freezes as having none', () => {
    const { freezes: _, ...withoutFreezes } = valid;
    expect(parseMaintenanceSchedule(withoutFreezes)).toEqual({
      ok: true,
      schedule: { ...withoutFreezes, freezes: [] },
    });
  });

  it('accepts a one-day freeze and the edges of the day', () => {
    expect(
      problemsOf({
        ...valid,
        windows: [{ days: ['mon'], start: '00:00', end: '23:59' }],
        freezes: [{ from: '2026-12-24', to: '2026-12-24', reason: 'x' }],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'an unknown time zone',
      { ...valid, timeZone: 'America/Gotham' },
      'maintenance.timeZone: expected an IANA time zone, e.g. Europe/Berlin',
    ],
    [
      'a day that is not a weekday',
      {
        ...valid,
        windows: [{ days: ['sat', 'caturday'], start: '01:00', end: '05:00' }],
      },
      'maintenance.windows[0].days[1]: expected one of mon, tue, wed, thu, fri, sat, sun',
    ],
    [
      'a window without days',
      { ...valid, windows: [{ days: [], start: '01:00', end: '05:00' }] },
      'maintenance.windows[0].days: name at least one day',
    ],
    [
      'an hour past 23',
      { ...valid, windows: [{ days: ['sat'], start: '24:00', end: '05:00' }] },
      'maintenance.windows[0].start: expected a local time as HH:mm, 00:00 to 23:59',
    ],
    [
      'a time without leading zero',
      { ...valid, windows: [{ days: ['sat'], start: '01:00', end: '5:00' }] },
      'maintenance.windows[0].end: expected a local time as HH:mm, 00:00 to 23:59',
    ],
    [
      'no windows',
      { ...valid, windows: [] },
      'maintenance.windows: declare at least one window',
    ],
    [
      'more than 20 windows',
      { ...valid, windows: Array(21).fill(valid.windows[0]) },
      'maintenance.windows: at most 20 windows',
    ],
    [
      'more than 50 freezes',
      { ...valid, freezes: Array(51).fill(valid.freezes[0]) },
      'maintenance.freezes: at most 50 freezes',
    ],
    [
      'a freeze ending before it starts',
      {
        ...valid,
        freezes: [{ from: '2026-12-31', to: '2026-11-20', reason: 'x' }],
      },
      'maintenance.freezes[0].to: is before from (2026-12-31)',
    ],
    [
      'a date that does not exist',
      {
        ...valid,
        freezes: [{ from: '2026-02-30', to: '2026-03-02', reason: 'x' }],
      },
      'maintenance.freezes[0].from: is not a calendar date',
    ],
    [
      'a blank reason',
      {
        ...valid,
        freezes: [{ from: '2026-12-01', to: '2026-12-02', reason: '  ' }],
      },
      'maintenance.freezes[0].reason: say why nothing may be planned then',
    ],
    [
      'a reason over 500 characters',
      {
        ...valid,
        freezes: [
          { from: '2026-12-01', to: '2026-12-02', reason: 'x'.repeat(501) },
        ],
      },
      'maintenance.freezes[0].reason: at most 500 characters',
    ],
  ])('names the field of %s', (_, raw, problem) => {
    expect(problemsOf(raw)).toEqual([problem]);
  });

  it('reports every problem at once, under the given root', () => {
    const result = parseMaintenanceSchedule(
      { windows: [{ days: ['sat'], start: '1am' }] },
      'spec.maintenance',
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'spec.maintenance.timeZone: Invalid input: expected string, received undefined',
        'spec.maintenance.windows[0].start: expected a local time as HH:mm, 00:00 to 23:59',
        'spec.maintenance.windows[0].end: Invalid input: expected string, received undefined',
      ],
    });
    expect(parseMaintenanceSchedule('weekends').ok).toBe(false);
  });
});
