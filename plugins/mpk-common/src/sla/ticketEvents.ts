import { TicketEvent, TicketEventType, TicketStatus } from './ticketApi';

/**
 * The moment a ticket's initial-response clock stopped: its first response, or, for a ticket
 * resolved before anyone responded, its first resolution, since resolving it answers it.
 * @public
 */
export function firstResponse(
  events: TicketEvent[],
): { at: Date; by: 'responded' | 'resolved' } | undefined {
  const first = (type: 'responded' | 'resolved') =>
    events
      .filter(e => e.type === type)
      .map(e => Date.parse(e.at))
      .sort((a, b) => a - b)[0];
  const responded = first('responded');
  const resolved = first('resolved');
  if (responded === undefined && resolved === undefined) return undefined;
  if (
    resolved === undefined ||
    (responded !== undefined && responded <= resolved)
  ) {
    return { at: new Date(responded!), by: 'responded' };
  }
  return { at: new Date(resolved), by: 'resolved' };
}

/**
 * Why an event cannot be recorded on a ticket as it stands: `invalid` for an event that could
 * never fit the ticket (before its opening), `conflict` for one that contradicts its current
 * status (resolving a resolved ticket, reopening an open one, or a change of status dated before
 * the last one). Undefined when the event may be recorded; a response may come at any time after
 * the opening.
 * @public
 */
export function ticketEventRefusal(
  ticket: {
    id: string;
    openedAt: Date;
    status: TicketStatus;
    /** in the order they happened */
    events: TicketEvent[];
  },
  event: { type: TicketEventType; at: Date },
): { kind: 'invalid' | 'conflict'; message: string } | undefined {
  const at = event.at.toISOString();
  if (event.at < ticket.openedAt) {
    return {
      kind: 'invalid',
      message: `at: ${at} is before the ticket was opened (${ticket.openedAt.toISOString()})`,
    };
  }
  if (event.type === 'resolved' && ticket.status === 'resolved') {
    return {
      kind: 'conflict',
      message: `Ticket ${ticket.id} is already resolved`,
    };
  }
  if (event.type === 'reopened' && ticket.status === 'open') {
    return {
      kind: 'conflict',
      message: `Ticket ${ticket.id} is open: only a resolved ticket can be reopened`,
    };
  }
  const lastChange = ticket.events
    .filter(e => e.type !== 'responded')
    .map(e => e.at)
    .pop();
  if (event.type !== 'responded' && lastChange && at < lastChange) {
    return {
      kind: 'conflict',
      message: `at: ${at} is before the ticket's last change of status (${lastChange})`,
    };
  }
  return undefined;
}
