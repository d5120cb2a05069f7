import { DEFAULT_SUPPORT_CALENDAR } from './supportCalendar';
import { supportCalendarFrom } from './supportCalendarSettings';
import { describeResponseTarget } from './targetWording';

const target = (
  severity: 'urgent' | 'high' | 'normal' | 'low',
  environment: 'production' | 'non-production',
  category: 'technical' | 'non-technical' = 'technical',
) =>
  describeResponseTarget(
    { severity, environment, category },
    DEFAULT_SUPPORT_CALENDAR,
  );

describe('describeResponseTarget', () => {
  it('says the production targets with their clocks', () => {
    expect(target('urgent', 'production')).toBe(
      'production: urgent is answered within 15 minutes, around the clock',
    );
    expect(target('high', 'production')).toBe(
      'production: high is answered within 1 hour, around the clock',
    );
    expect(target('normal', 'production')).toBe(
      'production: normal is answered within 1 business hour',
    );
    expect(target('low', 'production')).toBe(
      'production: low is answered within 1 business day (9 business hours)',
    );
  });

  it('says why urgent and high get the normal target off production', () => {
    expect(target('urgent', 'non-production')).toBe(
      'non-production: urgent is answered within 1 business hour (urgent is defined for production; on a non-production cluster the normal target applies)',
    );
  });

  it('says that non-technical requests carry no SLA, whatever the severity', () => {
    expect(target('urgent', 'production', 'non-technical')).toBe(
      'non-technical requests carry no SLA: they are scheduled to be answered within 1 business day (9 business hours)',
    );
  });

  it('says "1 business day" without a calendar to measure it', () => {
    expect(
      describeResponseTarget({
        severity: 'low',
        environment: 'non-production',
        category: 'technical',
      }),
    ).toBe('non-production: low is answered within 1 business day');
  });

  it("counts the business day of the provider's own calendar", () => {
    const shortDays = supportCalendarFrom({
      timeZone: 'Europe/Berlin',
      opens: '09:00',
      closes: '16:30',
    });
    expect(
      describeResponseTarget(
        { severity: 'low', environment: 'production', category: 'technical' },
        shortDays,
      ),
    ).toBe(
      'production: low is answered within 1 business day (450 minutes of business hours)',
    );
  });
});
