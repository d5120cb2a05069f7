import { creditEventOf } from './creditMonth';
import { claimTimeliness, CustomerContract } from './credits';
import { TicketSummary } from './ticketApi';

/**
 * Why a credit for a ticket cannot be requested at `now`, or undefined when it can: the ticket
 * must carry an SLA, have missed its initial response, earn a credit under the customer's
 * contract, and the 7-day window after the breach must still be open. Each reason names the
 * ticket, so that it can be shown as it is.
 * @public
 */
export function creditClaimRefusal(
  ticket: TicketSummary,
  contract: CustomerContract,
  now: Date,
  timeZone: string,
): string | undefined {
  const { id, sla } = ticket;
  if (!sla.applicable) {
    return `ticketId: ticket ${id} carries no SLA, so it earns no credit (${sla.explanation})`;
  }
  if (sla.state !== 'breached') {
    return `ticketId: ticket ${id} has no missed initial response: its SLA is ${sla.state} (due ${sla.dueAt})`;
  }
  const event = creditEventOf(ticket, null, contract, now, timeZone);
  if (!event.eligible) {
    return `Credit refused for ticket ${id}: ${event.reasons.join('; ')}`;
  }
  const timeliness = claimTimeliness(
    {
      ticketId: id,
      breachedAt: sla.dueAt,
      causedByThirdParty: ticket.causedByThirdParty,
    },
    now,
    timeZone,
  );
  return timeliness.onTime
    ? undefined
    : `Credit refused for ticket ${id}: ${timeliness.reason}`;
}
