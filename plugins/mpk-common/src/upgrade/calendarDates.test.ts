import { addDays, dateIn, daysBetween } from './calendarDates';

describe('addDays', () => {
  it.each([
    ['2027-02-28', 120, '2027-06-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-11-01', 120, '2027-03-01'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2027-02-29', '2026-13-01', '26-01-01', 'today'])(
    'refuses %j',
    date => {
      expect(() => addDays(date, 1)).toThrow(
        `"${date}" is not a calendar date (YYYY-MM-DD)`,
      );
    },
  );
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 0],
    ['2026-11-24', '2026-11-25', 1],
    ['2026-11-25', '2026-11-24', -1],
    ['2028-01-01', '2029-01-01', 366],
    ['2027-01-01', '2028-01-01', 365],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('is the inverse of addDays', () => {
    for (let days = -400; days <= 400; days += 37) {
      expect(daysBetween('2027-02-28', addDays('2027-02-28', days))).toBe(days);
    }
  });
});

describe('dateIn', () => {
  it.each([
    // PST is UTC-8: the Los Angeles day starts at 08:00 UTC in winter.
    ['2026-11-24T07:59:59Z', '2026-11-23'],
    ['2026-11-24T08:00:00Z', '2026-11-24'],
    // PDT is UTC-7: in summer it starts at 07:00 UTC.
    ['2026-07-01T06:59:59Z', '2026-06-30'],
    ['2026-07-01T07:00:00Z', '2026-07-01'],
    // The night DST starts (2026-03-08 02:00 PST becomes 03:00 PDT).
    ['2026-03-08T09:59:59Z', '2026-03-08'],
    ['2026-03-09T06:59:59Z', '2026-03-08'],
    ['2026-03-09T07:00:00Z', '2026-03-09'],
    ['2027-01-01T07:59:59Z', '2026-12-31'],
  ])('%s is %s in Los Angeles', (instant, date) => {
    expect(dateIn('America/Los_Angeles', new Date(instant))).toBe(date);
  });

  it('follows the zone asked for', () => {
    expect(dateIn('UTC', new Date('2026-11-24T07:59:59Z'))).toBe('2026-11-24');
    expect(dateIn('Asia/Tokyo', new Date('2026-11-24T15:00:00Z'))).toBe(
      '2026-11-25',
    );
  });
});
