import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usFederalHolidays } from './usFederalHolidays';

function recordedHolidays() {
  const lines = readFileSync(
    join(__dirname, '../__fixtures__/us-federal-holidays-2024-2028.csv'),
    'utf8',
  )
    .trim()
    .split(/\r?\n/)
    .slice(1);
  return lines.map(line => {
    const [year, ...rest] = line.split(',');
    const [observed, legal] = [rest.pop()!, rest.pop()!];
    return {
      year: Number(year),
      name: rest.join(',').replace(/^"|"$/g, ''),
      legal,
      observed,
    };
  });
}

describe('usFederalHolidays', () => {
  it('gives the legal and observed dates of the recorded 2024-2028 holidays', () => {
    const recorded = recordedHolidays();
    expect(recorded).toHaveLength(55);
    const computed = [2024, 2025, 2026, 2027, 2028].flatMap(year =>
      usFederalHolidays(year).map(h => ({
        year,
        name: h.name,
        legal: h.legalDate ?? h.date,
        observed: h.date,
      })),
    );
    expect(computed).toEqual(recorded);
  });

  it('moves a Saturday holiday to the Friday before, even into the previous year', () => {
    const newYear2028 = usFederalHolidays(2028)[0];
    expect(newYear2028).toEqual({
      name: "New Year's Day",
      date: '2027-12-31',
      legalDate: '2028-01-01',
    });
    expect(
      usFederalHolidays(2026).find(h => h.name === 'Independence Day'),
    ).toEqual({
      name: 'Independence Day',
      date: '2026-07-03',
      legalDate: '2026-07-04',
    });
  });

  it('moves a Sunday holiday to the Monday after', () => {
    expect(
      usFederalHolidays(2027).find(
        h => h.name === 'Juneteenth National Independence Day',
      ),
    ).toMatchObject({ date: '2027-06-18' });
    expect(
      usFederalHolidays(2022).find(h => h.name === 'Christmas Day'),
    ).toEqual({
      name: 'Christmas Day',
      date: '2022-12-26',
      legalDate: '2022-12-25',
    });
  });
});
