/**
 * The English names of the days of the week, Monday first (ISO 8601 day 1).
 * @public
 */
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/**
 * Items as a sentence lists them: `a`, `a and b`, `a, b and c`.
 * @public
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
