import { daysBetween } from '../../upgrade/calendarDates';

const dayMs = 24 * 60 * 60 * 1000;

/** The UTC calendar date (YYYY-MM-DD) of an ISO 8601 instant. */
export function dateOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** Whole calendar days from the day of an instant to a date, never below 0. */
export function ageInDays(firstSeen: string, date: string): number {
  return Math.max(0, daysBetween(dateOf(firstSeen), date));
}

/** Whole days (of 24 hours) elapsed from one instant to another, never below 0. */
export function wholeDaysElapsed(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / dayMs));
}

/** Whether an instant comes strictly later than another. */
export function isLater(instant: string, than: string): boolean {
  return Date.parse(instant) > Date.parse(than);
}
