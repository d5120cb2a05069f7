import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { DesignVersion } from '@mpk-portal/plugin-mpk-common';
import { DesignStateChip } from '../design';
import { formatInstant } from '../sla/ticketWording';
import { Principal } from '../Support/Principal';

const none = '—';

/** The customer's decision, kept when a later version supersedes the one decided. */
const decisionLabels: Record<NonNullable<DesignVersion['decision']>, string> = {
  accept: 'Accepted',
  'request-changes': 'Changes requested',
};

/**
 * Every version of a design, the newest first: its state, the customer's decision (also on a
 * superseded version), who decided and when, and why.
 */
export function VersionHistoryTable(props: { versions: DesignVersion[] }) {
  const versions = [...props.versions].reverse();
  return (
    <Table size="small" aria-label="Version history">
      <TableHead>
        <TableRow>
          <TableCell>Version</TableCell>
          <TableCell>State</TableCell>
          <TableCell>Published</TableCell>
          <TableCell>Decision</TableCell>
          <TableCell>Decided by</TableCell>
          <TableCell>Decided</TableCell>
          <TableCell>Comment</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {versions.map(version => (
          <TableRow key={version.version}>
            <TableCell>{version.version}</TableCell>
            <TableCell>
              <DesignStateChip state={version.state} />
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {formatInstant(version.publishedAt)}
            </TableCell>
            <TableCell>
              {version.decision ? decisionLabels[version.decision] : none}
            </TableCell>
            <TableCell>
              {version.decidedBy ? (
                <Principal principalRef={version.decidedBy} />
              ) : (
                none
              )}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {version.decidedAt ? formatInstant(version.decidedAt) : none}
            </TableCell>
            <TableCell>{version.comment || none}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
