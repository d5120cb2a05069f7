import { addDays, daysBetween } from './calendarDates';

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
