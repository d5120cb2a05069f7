import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { SUPPORT_TIER_DEFINITIONS } from '@mpk-portal/plugin-mpk-common';
import { TierMove } from '../../stack/tierChanges';

/** The tier moves of the stack, in the order given (newest first). */
export function TierChangesTable(props: { moves: TierMove[] }) {
  const { moves } = props;
  if (moves.length === 0) {
    return (
      <InfoCard title="Tier changes">
        <Typography variant="body2">
          No technology has changed tier yet.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard title="Tier changes" noPadding>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Date</TableCell>
            <TableCell>Technology</TableCell>
            <TableCell>Change</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {moves.map(move => (
            <TableRow key={`${move.component.metadata.name}@${move.since}`}>
              <TableCell>{move.since}</TableCell>
              <TableCell>
                <EntityRefLink entityRef={move.component} />
              </TableCell>
              <TableCell>
                {SUPPORT_TIER_DEFINITIONS[move.from].title} →{' '}
                {SUPPORT_TIER_DEFINITIONS[move.to].title}
              </TableCell>
              <TableCell>{move.reason ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
