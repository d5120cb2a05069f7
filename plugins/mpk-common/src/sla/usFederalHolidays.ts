import { DateTime } from 'luxon';

/**
 * A holiday on the support calendar: the day the office is closed.
 * @public
 */
export interface Holiday {
  name: string;
  /** the day off, `YYYY-MM-DD`: the observed date when the legal date falls on a weekend */
  date: string;
  /** the date the law names, when it differs from the observed one */
  legalDate?: string;
}

type Rule =
  | { name: string; month: number; day: number }
  | { name: string; month: number; weekday: number; nth: number | 'last' };

// The 11 legal public holidays of 5 U.S.C. 6103(a). Weekdays are ISO: Monday 1 … Sunday 7.
const rules: Rule[] = [
  { name: "New Year's Day", month: 1, day: 1 },
  { name: 'Birthday of Martin Luther King, Jr.', month: 1, weekday: 1, nth: 3 },
  { name: "Washington's Birthday", month: 2, weekday: 1, nth: 3 },
  { name: 'Memorial Day', month: 5, weekday: 1, nth: 'last' },
  { name: 'Juneteenth National Independence Day', month: 6, day: 19 },
  { name: 'Independence Day', month: 7, day: 4 },
  { name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
  { name: 'Columbus Day', month: 10, weekday: 1, nth: 2 },
  { name: 'Veterans Day', month: 11, day: 11 },
  { name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
  { name: 'Christmas Day', month: 12, day: 25 },
];

function legalDate(rule: Rule, year: number): DateTime {
  if ('day' in rule) {
    return DateTime.utc(year, rule.month, rule.day);
  }
  if (rule.nth === 'last') {
    const last = DateTime.utc(year, rule.month, 1)
      .endOf('month')
      .startOf('day');
    return last.minus({ days: (last.weekday - rule.weekday + 7) % 7 });
  }
  const first = DateTime.utc(year, rule.month, 1);
  return first.plus({
    days: ((rule.weekday - first.weekday + 7) % 7) + (rule.nth - 1) * 7,
  });
}

/**
 * The US federal holidays a year's calendar closes for, with the weekend rule of 5 U.S.C. 6103(b)
 * and Executive Order 11582: a holiday on a Saturday is observed the Friday before, one on a
 * Sunday the Monday after. The observed day can fall in the year before (1 January on a Saturday
 * is observed on 31 December).
 * @public
 */
export function usFederalHolidays(year: number): Holiday[] {
  return rules.map(rule => {
    const legal = legalDate(rule, year);
    let observed = legal;
    if (legal.weekday === 6) observed = legal.minus({ days: 1 });
    if (legal.weekday === 7) observed = legal.plus({ days: 1 });
    const date = observed.toISODate()!;
    return date === legal.toISODate()
      ? { name: rule.name, date }
      : { name: rule.name, date, legalDate: legal.toISODate()! };
  });
}
