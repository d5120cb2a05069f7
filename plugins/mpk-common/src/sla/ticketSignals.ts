/**
 * The signal channel of the ticket lists: a message (the kind of change, nothing more) tells a
 * list that one of its tickets may have changed.
 * @public
 */
export const TICKET_LIST_SIGNAL_CHANNEL = 'mpk:tickets';

/**
 * The signal channel of one ticket's page: a message (`{ ticketId, change }`) tells it to read
 * the ticket again.
 * @public
 */
export function ticketSignalChannel(ticketId: string): string {
  return `mpk:ticket:${ticketId}`;
}
