import {
  describeMaintenanceWindow,
  MaintenanceWindowRule,
} from '@mpk-portal/plugin-mpk-common';
import { acmeMaintenance } from '../../__testUtils__/mpkResponses';
import {
  describeFreeze,
  describeWindow,
  describeWindowBeforeDeadline,
} from './maintenanceWording';

describe('describeWindow', () => {
  it('gives the days and times with the zone, as a line of its own', () => {
    expect(
      describeWindow(
        { days: ['mon', 'tue', 'wed', 'fri'], start: '22:00', end: '02:00' },
        'Europe/Berlin',
      ),
    ).toBe(
      'Monday to Wednesday and Friday 22:00–02:00 the next day (Europe/Berlin)',
    );
    expect(
      describeWindow(
        {
          days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
          start: '01:00',
          end: '03:00',
        },
        'UTC',
      ),
    ).toBe('Every day 01:00–03:00 (UTC)');
  });

  it('starts the line with a capital where the shared wording starts in lower case', () => {
    const everyDay: MaintenanceWindowRule = {
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '12:00',
      end: '12:00',
    };
    expect(describeMaintenanceWindow(everyDay)).toBe(
      'every day 12:00–12:00 the next day',
    );
    expect(describeWindow(everyDay, 'UTC')).toBe(
      'Every day 12:00–12:00 the next day (UTC)',
    );
  });
});

describe('describeFreeze', () => {
  it('gives the days and the reason', () => {
    expect(
      describeFreeze({ from: '2026-12-24', to: '2026-12-24', reason: 'Eve' }),
    ).toBe('2026-12-24: Eve');
    expect(describeFreeze(acmeMaintenance.freezes[0])).toBe(
      '2026-12-20 to 2027-01-03: Year-end freeze',
    );
  });
});

describe('describeWindowBeforeDeadline', () => {
  it('says nothing without a dated deadline', () => {
    expect(describeWindowBeforeDeadline(acmeMaintenance)).toBeUndefined();
  });

  it('says when no window opens before a dated deadline', () => {
    expect(
      describeWindowBeforeDeadline(
        { ...acmeMaintenance, nextWindowBeforeDeadline: null },
        '2026-11-26',
      ),
    ).toBe('No maintenance window opens before the deadline (2026-11-26).');
  });

  it('names the opening with its local times and zone', () => {
    expect(describeWindowBeforeDeadline(acmeMaintenance, '2026-11-26')).toBe(
      'Next window before the deadline (2026-11-26): Saturday 2026-11-21, 01:00–05:00 (America/New_York)',
    );
  });
});
