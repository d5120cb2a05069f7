import { InfoCard } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { Ticket, TicketEventType } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import { formatInstant } from '../sla/ticketWording';
import { Principal } from './Principal';
import { sourceLabels } from './supportWording';

const eventLabels: Record<TicketEventType | 'opened', string> = {
  opened: 'Opened',
  responded: 'Response recorded',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

interface Moment {
  key: string;
  type: TicketEventType | 'opened';
  at: string;
  by: ReactNode;
}

/** The opening of a ticket and its recorded events, by time, each with who recorded it. */
export function timelineOf(ticket: Ticket): Moment[] {
  const opened: Moment = {
    key: 'opened',
    type: 'opened',
    at: ticket.openedAt,
    by: ticket.openedBy ? (
      <Principal principalRef={ticket.openedBy} />
    ) : (
      sourceLabels[ticket.source]
    ),
  };
  const events = ticket.events.map(
    (event, index): Moment => ({
      key: `${event.type}-${index}`,
      type: event.type,
      at: event.at,
      by: <Principal principalRef={event.recordedBy} />,
    }),
  );
  // Stable: events at the same time keep the order they were recorded in.
  return [opened, ...events].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
}

/** What happened to a ticket, oldest first: opened, responses, resolutions, reopenings. */
export function TicketTimeline(props: { ticket: Ticket }) {
  return (
    <InfoCard title="Timeline">
      <List dense aria-label="Timeline" disablePadding>
        {timelineOf(props.ticket).map(moment => (
          <ListItem key={moment.key} disableGutters>
            <ListItemText
              primary={eventLabels[moment.type]}
              secondary={
                <>
                  {formatInstant(moment.at)} · {moment.by}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
