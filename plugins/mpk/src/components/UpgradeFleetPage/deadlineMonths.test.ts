import {
  acmeProdItem,
  fleetItems,
  globexDevItem,
} from '../../__testUtils__/mpkResponses';
import { bucketDeadlinesByMonth, monthLabel } from './deadlineMonths';

describe('bucketDeadlinesByMonth', () => {
  it('counts next deadlines per month by status, empty months included', () => {
    // Due 2026-10-30 (overdue), 2026-11-26 (due soon), 2027-01-29 (on track), and none.
    expect(bucketDeadlinesByMonth(fleetItems)).toEqual({
      months: [
        { month: '2026-10', total: 1, byStatus: { overdue: 1 } },
        { month: '2026-11', total: 1, byStatus: { 'due-soon': 1 } },
        { month: '2026-12', total: 0, byStatus: {} },
        { month: '2027-01', total: 1, byStatus: { 'on-track': 1 } },
      ],
      undated: 1,
    });
  });

  it('adds up deadlines of the same month whatever the order of the items', () => {
    const sameMonth = {
      ...globexDevItem,
      next: { ...globexDevItem.next!, dueDate: '2026-11-02' },
    };

    expect(
      bucketDeadlinesByMonth([acmeProdItem, sameMonth, acmeProdItem]).months,
    ).toEqual([
      { month: '2026-11', total: 3, byStatus: { 'due-soon': 2, overdue: 1 } },
    ]);
  });

  it('crosses a year with twelve months between', () => {
    const later = {
      ...acmeProdItem,
      next: { ...acmeProdItem.next!, dueDate: '2027-11-01' },
    };

    const { months } = bucketDeadlinesByMonth([acmeProdItem, later]);

    expect(months).toHaveLength(13);
    expect(months[1].month).toBe('2026-12');
    expect(months[2].month).toBe('2027-01');
  });

  it('has no month without a dated deadline', () => {
    expect(bucketDeadlinesByMonth([])).toEqual({ months: [], undated: 0 });
  });
});

describe('monthLabel', () => {
  it('names the month and year', () => {
    expect(monthLabel('2026-01')).toBe('Jan 2026');
    expect(monthLabel('2027-12')).toBe('Dec 2027');
  });
});
