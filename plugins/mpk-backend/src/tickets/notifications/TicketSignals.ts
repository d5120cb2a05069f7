import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  TICKET_LIST_SIGNAL_CHANNEL,
  ticketSignalChannel,
} from '@mpk-portal/plugin-mpk-common';
import { bestEffort } from '../../platform/bestEffort';
import { StoredTicketSummary } from '../ticketRows';

/** What happened to a ticket, as live screens are told. */
export type TicketChange =
  | 'opened'
  | 'comment'
  | 'responded'
  | 'resolved'
  | 'reopened'
  | 'at-risk'
  | 'breached';

/** Who a change concerns: the ticket, its customer and the pod that owns its cluster. */
export type SignalledTicket = Pick<
  StoredTicketSummary,
  'id' | 'customer' | 'ownerRef'
>;

/**
 * Tells live screens that a ticket changed, so that they fetch it again through the API, which
 * checks who may read it. Neither message carries customer data: the ticket's channel has its
 * id and the kind of change, the list channel the kind of change alone.
 *
 * The list signal goes to the ticket's parties only: the customer's people
 * (`group:default/<customer>`) and the owning pod's staff, i.e. the users whose ownership refs
 * hold one of them, so that nobody else learns when another customer's tickets change. The
 * ticket's channel is broadcast: its name holds the ticket's id, a random UUID that only those
 * who could read the ticket know (tickets are found by id only through the API, which checks
 * permissions), and any reader of the ticket, e.g. an Engagement Manager outside both groups,
 * keeps its page live.
 */
export class TicketSignals {
  constructor(
    private readonly deps: { signals: SignalsService; logger: LoggerService },
  ) {}

  /** After the change is committed; a failure is logged, never thrown. */
  async changed(ticket: SignalledTicket, change: TicketChange): Promise<void> {
    const { signals, logger } = this.deps;
    await bestEffort(logger, `signal ${change} of ticket ${ticket.id}`, () =>
      signals.publish({
        recipients: { type: 'broadcast' },
        channel: ticketSignalChannel(ticket.id),
        message: { ticketId: ticket.id, change },
      }),
    );
    // A comment alone changes nothing a list shows.
    if (change !== 'comment') {
      const parties = [`group:default/${ticket.customer}`];
      if (ticket.ownerRef) parties.push(ticket.ownerRef);
      await bestEffort(logger, `signal ${change} to the ticket lists`, () =>
        signals.publish({
          recipients: { type: 'user', entityRef: parties },
          channel: TICKET_LIST_SIGNAL_CHANNEL,
          message: { change },
        }),
      );
    }
  }
}
