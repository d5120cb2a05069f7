// Deterministic support tickets for bench/slaDeadlines.ts: the same seed always
// gives the same opening instants, so two runs (and both engines within a run)
// see identical input.
import { DateTime } from 'luxon';

export interface BenchTicket {
  opened: Date;
  /** business minutes to the deadline: the contract's normal or low target */
  targetMinutes: number;
}

export const NORMAL_TARGET_MINUTES = 60;
export const LOW_TARGET_MINUTES = 540;

// Local times where business-hours engines tend to disagree: one second before
// closing, closing itself, one minute before opening, opening, and one hour
// before closing (a normal ticket then lands exactly on closing time).
const EDGE_LOCAL_TIMES = [
  { hour: 16, minute: 59, second: 59 },
  { hour: 17, minute: 0, second: 0 },
  { hour: 7, minute: 59, second: 0 },
  { hour: 8, minute: 0, second: 0 },
  { hour: 16, minute: 0, second: 0 },
];

/** A 32-bit linear congruential generator, uniform in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` tickets opened from 1 January of `firstYear` to 31 December of
 * `lastYear` in `timeZone`: nine in ten at a uniformly random second (so
 * nights, weekends, holidays and DST switch days all occur), one in ten at an
 * edge time of a random day. Even tickets have the normal target, odd ones the
 * low target.
 */
export function generateTickets(options: {
  count: number;
  firstYear: number;
  lastYear: number;
  timeZone: string;
  seed?: number;
}): BenchTicket[] {
  const { count, firstYear, lastYear, timeZone } = options;
  const random = seededRandom(options.seed ?? 20260101);
  const periodStart = DateTime.fromObject(
    { year: firstYear, month: 1, day: 1 },
    { zone: timeZone },
  );
  const periodEnd = DateTime.fromObject(
    { year: lastYear + 1, month: 1, day: 1 },
    { zone: timeZone },
  );
  const periodSeconds = periodEnd.diff(periodStart, 'seconds').seconds;
  const periodDays = Math.round(periodEnd.diff(periodStart, 'days').days);

  return Array.from({ length: count }, (_, index) => {
    const targetMinutes =
      index % 2 === 0 ? NORMAL_TARGET_MINUTES : LOW_TARGET_MINUTES;
    // Pairs share the edge-or-not choice so both targets meet every edge time.
    if (Math.floor(index / 2) % 10 === 0) {
      const day = periodStart.plus({ days: Math.floor(random() * periodDays) });
      const edge =
        EDGE_LOCAL_TIMES[Math.floor(random() * EDGE_LOCAL_TIMES.length)];
      return { opened: day.set(edge).toJSDate(), targetMinutes };
    }
    const offsetSeconds = Math.floor(random() * periodSeconds);
    return {
      opened: new Date(periodStart.toMillis() + offsetSeconds * 1000),
      targetMinutes,
    };
  });
}
