import { describeMaintenanceOpening } from './describeOpening';

describe('describeMaintenanceOpening', () => {
  it('says the day, the local times and the zone', () => {
    expect(
      describeMaintenanceOpening(
        {
          date: '2026-12-05',
          start: '2026-12-05T01:00:00.000-05:00',
          end: '2026-12-05T05:00:00.000-05:00',
        },
        'America/New_York',
      ),
    ).toBe('Saturday 2026-12-05, 01:00–05:00 (America/New_York)');
  });

  it('says when a window ends on the next day', () => {
    expect(
      describeMaintenanceOpening(
        {
          date: '2026-10-24',
          start: '2026-10-24T22:00:00.000+02:00',
          end: '2026-10-25T02:00:00.000+01:00',
        },
        'Europe/Berlin',
      ),
    ).toBe('Saturday 2026-10-24, 22:00–02:00 the next day (Europe/Berlin)');
  });
});
