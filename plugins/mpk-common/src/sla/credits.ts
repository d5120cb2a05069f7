import { DateTime } from 'luxon';
import { z } from 'zod';
import { calendarDateSchema } from '../upgrade/calendarDates';

/**
 * The service credit terms of the contract.
 * @public
 */
export const CREDIT_TERMS = {
  /** credit for each missed initial response, in US dollars */
  perEventUsd: 250,
  /** a credit must be requested within this many days after the breach */
  claimWindowDays: 7,
  /** the credits of a month are capped at this share of the month's recurring support fee */
  capShareOfMonthlyFee: 1,
} as const;

/**
 * A month as `YYYY-MM`.
 * @public
 */
export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');

/**
 * The contract facts of a customer that credits depend on, as its catalog `Group` declares them
 * in `spec.contract`.
 * @public
 */
export const customerContractSchema = z.object({
  /** the monthly recurring support fee, in US dollars */
  monthlySupportFeeUsd: z.number().nonnegative(),
  /** the last day of the onboarding phase (contract time zone), if the customer had one */
  onboardingUntil: calendarDateSchema.optional(),
  /** periods, inclusive, in which the customer was in breach of the agreement */
  agreementBreaches: z
    .array(
      z
        .object({
          from: calendarDateSchema,
          to: calendarDateSchema,
          reason: z.string().optional(),
        })
        .refine(period => period.from <= period.to, {
          message: 'to must not be before from',
          path: ['to'],
        }),
    )
    .default([]),
});

/** @public */
export type CustomerContract = z.output<typeof customerContractSchema>;

/**
 * A missed initial response, as credits see it.
 * @public
 */
export interface SlaBreach {
  ticketId: string;
  /** the moment the response was due and missed */
  breachedAt: string;
  causedByThirdParty: boolean;
}

/**
 * Whether a breach earns a credit, and why not when it does not.
 * @public
 */
export interface CreditEligibility {
  eligible: boolean;
  reasons: string[];
}

/**
 * The last moment a credit for a breach may be requested: 7 calendar days after it, in the
 * contract's time zone (so a DST change in between does not move it by an hour).
 * @public
 */
export function claimDeadline(breachedAt: string, timeZone: string): string {
  return DateTime.fromISO(breachedAt, { zone: timeZone })
    .plus({ days: CREDIT_TERMS.claimWindowDays })
    .toUTC()
    .toISO()!;
}

/**
 * Whether a breach earns a credit: not during the customer's onboarding phase, not while the
 * customer is in breach of the agreement, not when a party other than the provider caused it.
 * @public
 */
export function creditEligibility(
  breach: SlaBreach,
  contract: CustomerContract,
  timeZone: string,
): CreditEligibility {
  const day = DateTime.fromISO(breach.breachedAt, {
    zone: timeZone,
  }).toISODate()!;
  const reasons: string[] = [];
  if (contract.onboardingUntil && day <= contract.onboardingUntil) {
    reasons.push(
      `breached on ${day}, during the customer's onboarding phase (until ${contract.onboardingUntil})`,
    );
  }
  for (const period of contract.agreementBreaches) {
    if (period.from <= day && day <= period.to) {
      reasons.push(
        `breached on ${day}, while the customer was in breach of the agreement (${
          period.from
        } to ${period.to}${period.reason ? `: ${period.reason}` : ''})`,
      );
    }
  }
  if (breach.causedByThirdParty) {
    reasons.push('caused by a party other than the provider');
  }
  return { eligible: reasons.length === 0, reasons };
}

/**
 * Whether a credit request made at `requestedAt` is on time, with the reason when it is not.
 * @public
 */
export function claimTimeliness(
  breach: SlaBreach,
  requestedAt: Date,
  timeZone: string,
): { onTime: boolean; deadline: string; reason?: string } {
  const deadline = claimDeadline(breach.breachedAt, timeZone);
  if (requestedAt.getTime() <= Date.parse(deadline)) {
    return { onTime: true, deadline };
  }
  return {
    onTime: false,
    deadline,
    reason: `credits must be requested within ${CREDIT_TERMS.claimWindowDays} days after the breach: this one was breached at ${breach.breachedAt}, the window closed at ${deadline}`,
  };
}

/**
 * The month (`YYYY-MM`) an instant falls in, in a time zone.
 * @public
 */
export function monthIn(timeZone: string, instant: Date | string): string {
  const time =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: timeZone })
      : DateTime.fromJSDate(instant, { zone: timeZone });
  return time.toFormat('yyyy-MM');
}

/**
 * The first and last instants of a month in a time zone, as a half-open range `[from, to)`.
 * @public
 */
export function monthRange(
  month: string,
  timeZone: string,
): { from: Date; to: Date } {
  const start = DateTime.fromISO(`${month}-01T00:00`, { zone: timeZone });
  return {
    from: start.toJSDate(),
    to: start.plus({ months: 1 }).toJSDate(),
  };
}

/**
 * The credit a month's claims pay: $250 per claimed eligible breach, capped at the month's fee.
 * @public
 */
export function monthlyCreditTotal(
  claimedEvents: number,
  contract: CustomerContract,
): { claimedUsd: number; capUsd: number; payableUsd: number; capped: boolean } {
  const claimedUsd = claimedEvents * CREDIT_TERMS.perEventUsd;
  const capUsd =
    contract.monthlySupportFeeUsd * CREDIT_TERMS.capShareOfMonthlyFee;
  return {
    claimedUsd,
    capUsd,
    payableUsd: Math.min(claimedUsd, capUsd),
    capped: claimedUsd > capUsd,
  };
}
