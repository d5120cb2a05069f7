import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { formatInstant } from '../sla/ticketWording';
import { TicketSlaCells, TicketSlaHeadCells } from '../sla/TicketSlaCells';
import { TicketTitle } from '../Support/TicketTitle';
import { TicketActions } from './TicketActions';

/**
 * Every ticket with its SLA, the explanation written out under each, and the actions the
 * permission policy allows the user on each; titles link to the tickets' pages.
 */
export function TicketsTable(props: {
  tickets: TicketSummary[];
  now: number;
  onChanged(ticket: TicketSummary): void;
  onError(error: Error): void;
}) {
  const { tickets, now, onChanged, onError } = props;
  return (
    <Table size="small" aria-label="Tickets">
      <TableHead>
        <TableRow>
          <TableCell>Opened</TableCell>
          <TableCell>Ticket</TableCell>
          <TicketSlaHeadCells />
          <TableCell>Status</TableCell>
          <TableCell>Actions</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tickets.map(ticket => (
          <TableRow key={ticket.id}>
            <TableCell>{formatInstant(ticket.openedAt)}</TableCell>
            <TableCell>
              <TicketTitle
                ticket={ticket}
                details={[
                  ...(ticket.causedByThirdParty
                    ? ['caused by a third party']
                    : []),
                  ticket.sla.explanation,
                ]}
              />
            </TableCell>
            <TicketSlaCells ticket={ticket} now={now} />
            <TableCell>{ticket.status}</TableCell>
            <TableCell>
              <TicketActions
                ticket={ticket}
                onChanged={onChanged}
                onError={onError}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
