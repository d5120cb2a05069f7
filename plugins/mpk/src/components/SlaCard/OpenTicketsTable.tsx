import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { TicketSlaCells, TicketSlaHeadCells } from '../sla/TicketSlaCells';
import { TicketTitleLink } from '../Support/ticketLinks';

/** Open tickets with their live SLA state and countdown; the explanation shows on hover. */
export function OpenTicketsTable(props: {
  tickets: TicketSummary[];
  now: number;
}) {
  const { tickets, now } = props;
  if (tickets.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No open tickets.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Open tickets">
      <TableHead>
        <TableRow>
          <TableCell>Ticket</TableCell>
          <TicketSlaHeadCells />
        </TableRow>
      </TableHead>
      <TableBody>
        {tickets.map(ticket => (
          <TableRow key={ticket.id}>
            <TableCell>
              <TicketTitleLink ticket={ticket} />
            </TableCell>
            <TicketSlaCells ticket={ticket} now={now} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
