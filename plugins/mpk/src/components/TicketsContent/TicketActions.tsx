import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { Ticket, TicketEventType } from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { mpkApiRef } from '../../api';

const actionLabels: Record<TicketEventType, string> = {
  responded: 'Record response',
  resolved: 'Resolve',
  reopened: 'Reopen',
};

/** The events that make sense for a ticket as it stands. */
function possibleEvents(ticket: Ticket): TicketEventType[] {
  if (ticket.status === 'resolved') return ['reopened'];
  return ticket.sla.respondedAt ? ['resolved'] : ['responded', 'resolved'];
}

/** Buttons that record a response, resolution or reopening of a ticket now. */
export function TicketActions(props: {
  ticket: Ticket;
  onChanged(ticket: Ticket): void;
  onError(error: Error): void;
}) {
  const { ticket, onChanged, onError } = props;
  const mpkApi = useApi(mpkApiRef);
  const [busy, setBusy] = useState(false);

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
  return (
    <>
      {possibleEvents(ticket).map(type => (
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
