/**
 * One release line of a product (e.g. Kubernetes 1.35 on EKS): when it was released and when it
 * reaches end of life, if that is announced. Dates are `YYYY-MM-DD`; field names follow
 * endoflife.date.
 * @public
 */
export interface ReleaseCycle {
  cycle: string;
  releaseDate: string;
  eol?: string;
}

/**
 * The release calendar of one product, e.g. `kubernetes` or `amazon-eks`.
 * @public
 */
export interface ReleaseCalendar {
  product: string;
  title: string;
  cycles: ReleaseCycle[];
}

/**
 * Orders release lines such as `1.9` and `1.35` numerically, part by part.
 * @public
 */
export function compareReleaseLines(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The cycles released on or before `today`, newest first.
 * @public
 */
export function releasedCycles(
  calendar: ReleaseCalendar,
  today: string,
): ReleaseCycle[] {
  return calendar.cycles
    .filter(cycle => cycle.releaseDate <= today)
    .sort((a, b) => compareReleaseLines(b.cycle, a.cycle));
}

/**
 * Whether a cycle has reached end of life on `today`. The `eol` date is the first day without
 * support, as endoflife.date publishes it.
 * @public
 */
export function isEndOfLife(cycle: ReleaseCycle, today: string): boolean {
  return cycle.eol !== undefined && cycle.eol <= today;
}

/**
 * The release lines the SLAs apply to on `today`: the two most recent released ones, less any that
 * reached end of life.
 * @public
 */
export function supportedLines(
  calendar: ReleaseCalendar,
  today: string,
): string[] {
  return releasedCycles(calendar, today)
    .slice(0, 2)
    .filter(cycle => !isEndOfLife(cycle, today))
    .map(cycle => cycle.cycle);
}
