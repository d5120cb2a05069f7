import TableCell from '@material-ui/core/TableCell';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { describeDue, liveSlaState } from './liveSla';
import { SlaStateChip } from './SlaStateChip';
import { describeSeverity } from './ticketWording';

/** The head cells over {@link TicketSlaCells}. */
export function TicketSlaHeadCells() {
  return (
    <>
      <TableCell>Severity</TableCell>
      <TableCell>Response</TableCell>
      <TableCell>SLA</TableCell>
    </>
  );
}

/**
 * A ticket's severity, the countdown to its response and its live SLA state, as cells of the
 * ticket's table row; the explanation of the SLA shows on hover.
 */
export function TicketSlaCells(props: { ticket: TicketSummary; now: number }) {
  const { ticket, now } = props;
  return (
    <>
      <TableCell>{describeSeverity(ticket)}</TableCell>
      <TableCell>{describeDue(ticket, now)}</TableCell>
      <TableCell>
        <SlaStateChip
          state={liveSlaState(ticket.sla, now)}
          explanation={ticket.sla.explanation}
        />
      </TableCell>
    </>
  );
}
