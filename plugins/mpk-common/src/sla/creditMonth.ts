import {
  claimDeadline,
  CREDIT_TERMS,
  creditEligibility,
  CustomerContract,
  monthIn,
  monthlyCreditTotal,
} from './credits';
import {
  CreditClaim,
  CreditClaimStatus,
  CreditEvent,
  CreditsResponse,
  TicketSummary,
} from './ticketApi';

const usd = (amount: number) => `$${amount.toLocaleString('en-US')}`;

/**
 * The credit a breached ticket earns, whether it was claimed, and whether it still can be.
 * @public
 */
export function creditEventOf(
  ticket: Pick<
    TicketSummary,
    'id' | 'title' | 'cluster' | 'openedAt' | 'causedByThirdParty' | 'sla'
  >,
  claim: CreditClaim | null,
  contract: CustomerContract,
  now: Date,
  timeZone: string,
): CreditEvent {
  const breachedAt = ticket.sla.dueAt;
  const eligibility = creditEligibility(
    {
      ticketId: ticket.id,
      breachedAt,
      causedByThirdParty: ticket.causedByThirdParty,
    },
    contract,
    timeZone,
  );
  const deadline = claimDeadline(breachedAt, timeZone);
  let claimStatus: CreditClaimStatus;
  let explanation: string;
  if (!eligibility.eligible) {
    claimStatus = 'ineligible';
    explanation = `No credit: ${eligibility.reasons.join('; ')}.`;
  } else if (claim) {
    claimStatus = 'claimed';
    explanation = `Credit of ${usd(CREDIT_TERMS.perEventUsd)} claimed at ${
      claim.requestedAt
    } by ${claim.requestedBy}.`;
  } else if (now.getTime() <= Date.parse(deadline)) {
    claimStatus = 'claimable';
    explanation = `Earns ${usd(
      CREDIT_TERMS.perEventUsd,
    )} if requested by ${deadline} (${
      CREDIT_TERMS.claimWindowDays
    } days after the breach).`;
  } else {
    claimStatus = 'expired';
    explanation = `Not requested within ${CREDIT_TERMS.claimWindowDays} days after the breach (by ${deadline}): no credit.`;
  }
  return {
    ticket: {
      id: ticket.id,
      title: ticket.title,
      cluster: ticket.cluster,
      openedAt: ticket.openedAt,
      severity: ticket.sla.severity,
    },
    breachedAt,
    claimDeadline: deadline,
    ...eligibility,
    claim,
    claimStatus,
    explanation,
  };
}

/**
 * The credits of a customer's month: every breach of the month (by when the response was due, in
 * the contract's time zone), what each earns, and the capped total of the claimed ones.
 * @public
 */
export function assessCreditMonth(options: {
  month: string;
  tickets: TicketSummary[];
  claims: CreditClaim[];
  contract: CustomerContract;
  now: Date;
  timeZone: string;
}): Pick<CreditsResponse, 'events' | 'totals' | 'explanation'> {
  const { month, contract, now, timeZone } = options;
  const claims = new Map(options.claims.map(c => [c.ticketId, c]));
  const events = options.tickets
    .filter(
      t =>
        t.sla.applicable &&
        t.sla.state === 'breached' &&
        monthIn(timeZone, t.sla.dueAt) === month,
    )
    .sort((a, b) => a.sla.dueAt.localeCompare(b.sla.dueAt))
    .map(t =>
      creditEventOf(t, claims.get(t.id) ?? null, contract, now, timeZone),
    );
  const eligible = events.filter(e => e.eligible).length;
  const claimed = events.filter(e => e.claimStatus === 'claimed').length;
  const total = monthlyCreditTotal(claimed, contract);
  const cap = total.capped
    ? `capped at 100% of the monthly support fee: ${usd(
        total.payableUsd,
      )} payable`
    : `under the cap of ${usd(
        total.capUsd,
      )} (100% of the monthly support fee): ${usd(total.payableUsd)} payable`;
  const explanation = `${
    events.length
  } missed initial response(s) in ${month}, ${eligible} eligible for a credit, ${claimed} claimed: ${claimed} x ${usd(
    CREDIT_TERMS.perEventUsd,
  )} = ${usd(total.claimedUsd)}, ${cap}.`;
  return {
    events,
    totals: { breaches: events.length, eligible, claimed, ...total },
    explanation,
  };
}
