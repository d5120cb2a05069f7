import { TicketEvent } from './ticketApi';

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
