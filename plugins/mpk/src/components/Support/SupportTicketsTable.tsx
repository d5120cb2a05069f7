import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { describeDue, liveSlaState } from '../sla/liveSla';
import { SlaStateChip } from '../sla/SlaStateChip';
import { describeSeverity, formatInstant } from '../sla/ticketWording';
import { TicketTitle } from './TicketTitle';

/** The SLA of a ticket: its live state, the countdown or how long the answer took, the due time. */
export function SlaCell(props: { ticket: TicketSummary; now: number }) {
  const { ticket, now } = props;
  const state = liveSlaState(ticket.sla, now);
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <SlaStateChip state={state} explanation={ticket.sla.explanation} />
      {ticket.sla.applicable && (
        <>
          <Typography variant="body2">{describeDue(ticket, now)}</Typography>
          <Typography variant="caption" color="textSecondary">
            due {formatInstant(ticket.sla.dueAt)}
          </Typography>
        </>
      )}
    </Box>
  );
}

/**
 * Tickets of several clusters: title (linking to the ticket's page), cluster, customer, severity,
 * status, SLA and opening time.
 */
export function SupportTicketsTable(props: {
  tickets: TicketSummary[];
  now: number;
}) {
  const { tickets, now } = props;
  return (
    <Table size="small" aria-label="Tickets">
      <TableHead>
        <TableRow>
          <TableCell>Ticket</TableCell>
          <TableCell>Cluster</TableCell>
          <TableCell>Customer</TableCell>
          <TableCell>Severity</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>SLA</TableCell>
          <TableCell>Opened</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tickets.map(ticket => (
          <TableRow key={ticket.id}>
            <TableCell>
              <TicketTitle ticket={ticket} />
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={ticket.cluster} />
            </TableCell>
            <TableCell>{ticket.customer}</TableCell>
            <TableCell>{describeSeverity(ticket)}</TableCell>
            <TableCell>{ticket.status}</TableCell>
            <TableCell>
              <SlaCell ticket={ticket} now={now} />
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {formatInstant(ticket.openedAt)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
