import {
  FleetUpgradeItem,
  ObligationStatus,
} from '@mpk-portal/plugin-mpk-common';

/** The next deadlines of the fleet that fall in one calendar month. */
export interface DeadlineMonth {
  /** `YYYY-MM` */
  month: string;
  total: number;
  byStatus: Partial<Record<ObligationStatus, number>>;
}

/** The next deadlines of a fleet by month, and how many clusters have none. */
export interface DeadlineTimeline {
  /** every month from the first deadline to the last, empty ones included */
  months: DeadlineMonth[];
  undated: number;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12
    ? `${year + 1}-01`
    : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * Counts the next deadline of each cluster in the month of its due date, by status. Months without
 * a deadline between the first and the last are kept, so that bars are spaced as time is.
 */
export function bucketDeadlinesByMonth(
  items: FleetUpgradeItem[],
): DeadlineTimeline {
  const counts = new Map<string, DeadlineMonth>();
  let undated = 0;
  for (const { next, status } of items) {
    if (!next?.dueDate) {
      undated += 1;
      continue;
    }
    const month = next.dueDate.slice(0, 7);
    const bucket = counts.get(month) ?? { month, total: 0, byStatus: {} };
    bucket.total += 1;
    bucket.byStatus[status] = (bucket.byStatus[status] ?? 0) + 1;
    counts.set(month, bucket);
  }

  const sorted = [...counts.keys()].sort();
  const months: DeadlineMonth[] = [];
  if (sorted.length > 0) {
    const last = sorted[sorted.length - 1];
    for (let month = sorted[0]; month <= last; month = nextMonth(month)) {
      months.push(counts.get(month) ?? { month, total: 0, byStatus: {} });
    }
  }
  return { months, undated };
}

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2026-11` as `Nov 2026`; fixed English names, as every other label of the portal. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${MONTH_NAMES[number - 1]} ${year}`;
}
