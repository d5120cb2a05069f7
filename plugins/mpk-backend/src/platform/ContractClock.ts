import { dateIn } from '@mpk-portal/plugin-mpk-common';

/**
 * The moment every capability judges by, and the contract's time zone in which its days and
 * months are counted. One clock for the whole plugin, so that tests can fix the moment everywhere.
 */
export class ContractClock {
  constructor(
    readonly timeZone: string,
    private readonly current: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.current();
  }

  /** Today's date in the contract's time zone, `YYYY-MM-DD`. */
  today(): string {
    return dateIn(this.timeZone, this.current());
  }
}

/** Clocks differ; an instant this far ahead of the server's is still taken as now. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Whether an instant a sender gave is in the future, allowing for the difference of clocks. */
export function isInFuture(instant: Date | number, now: Date): boolean {
  return new Date(instant).getTime() > now.getTime() + CLOCK_SKEW_MS;
}
