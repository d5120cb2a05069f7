import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  mpkTicketReopenPermission,
  mpkTicketRespondPermission,
  Ticket,
  TicketEventType,
  TicketSummary,
} from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';

const actionLabels: Record<TicketEventType, string> = {
  responded: 'Record response',
  resolved: 'Resolve',
  reopened: 'Reopen',
};

/** The events that make sense for a ticket as it stands. */
function possibleEvents(ticket: TicketSummary): TicketEventType[] {
  if (ticket.status === 'resolved') return ['reopened'];
  return ticket.sla.respondedAt ? ['resolved'] : ['responded', 'resolved'];
}

/** Why a user has none of the actions of a ticket, as the access matrix decides them. */
function refusalOf(ticket: TicketSummary) {
  return ticket.status === 'resolved'
    ? 'Only the support pod or the customer of this cluster reopens tickets'
    : 'Only the support pod of this cluster records responses';
}

/**
 * Buttons that record a response, resolution or reopening of a ticket now, each shown only to
 * users the permission policy allows it on the ticket's cluster; a user allowed none is told who
 * is.
 */
export function TicketActions(props: {
  ticket: TicketSummary;
  onChanged(ticket: Ticket): void;
  onError(error: Error): void;
}) {
  const { ticket, onChanged, onError } = props;
  const mpkApi = useApi(mpkApiRef);
  const [busy, setBusy] = useState(false);
  const respond = usePermission({
    permission: mpkTicketRespondPermission,
    resourceRef: ticket.cluster,
  });
  const reopen = usePermission({
    permission: mpkTicketReopenPermission,
    resourceRef: ticket.cluster,
  });
  const allowed = (type: TicketEventType) =>
    type === 'reopened' ? reopen.allowed : respond.allowed;

  const record = async (type: TicketEventType) => {
    setBusy(true);
    try {
      onChanged(
        // Date.now, not new Date(): the one clock the countdowns and tests share.
        await mpkApi.addTicketEvent(ticket.id, {
          type,
          at: new Date(Date.now()),
        }),
      );
    } catch (error) {
      onError(error as Error);
    } finally {
      setBusy(false);
    }
  };
  if (respond.loading || reopen.loading) return null;
  const actions = possibleEvents(ticket).filter(allowed);
  if (actions.length === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        {refusalOf(ticket)}
      </Typography>
    );
  }
  return (
    <>
      {actions.map(type => (
        <Button
          key={type}
          size="small"
          color="primary"
          disabled={busy}
          onClick={() => record(type)}
          aria-label={`${actionLabels[type]}: ${ticket.title}`}
        >
          {actionLabels[type]}
        </Button>
      ))}
    </>
  );
}
