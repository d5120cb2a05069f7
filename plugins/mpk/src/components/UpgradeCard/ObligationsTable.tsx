import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { UpgradeObligation } from '@mpk-portal/plugin-mpk-common';
import { UpgradeStatusChip } from '../UpgradeStatusChip';
import { describeDaysLeft, describeMet } from '../upgradeWording';

/** Days left to an open obligation, or when a fulfilled one was met. */
function timing(obligation: UpgradeObligation): string | undefined {
  const met = describeMet(obligation);
  if (met) return met;
  return obligation.daysLeft === undefined
    ? undefined
    : describeDaysLeft(obligation.daysLeft);
}

/**
 * Every upgrade obligation of a cluster, in the order given (due first, undated last); the
 * fulfilled ones stay as history, with when they were met instead of days left.
 */
export function ObligationsTable(props: { obligations: UpgradeObligation[] }) {
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Obligation</TableCell>
          <TableCell>Event</TableCell>
          <TableCell>Due date</TableCell>
          <TableCell>Days left or met</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Explanation</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.obligations.map(obligation => (
          <TableRow key={obligation.id}>
            <TableCell>{obligation.what}</TableCell>
            <TableCell>
              {obligation.event && (
                <>
                  {obligation.event.date}
                  <Typography
                    variant="caption"
                    component="div"
                    color="textSecondary"
                  >
                    {obligation.event.description}
                  </Typography>
                </>
              )}
            </TableCell>
            <TableCell>{obligation.dueDate}</TableCell>
            <TableCell>{timing(obligation)}</TableCell>
            <TableCell>
              <UpgradeStatusChip status={obligation.status} />
            </TableCell>
            <TableCell>{obligation.explanation}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
