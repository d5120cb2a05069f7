import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  CustomerDeviation,
  days,
  describeCheck,
  describeDay,
  describeResource,
  SeverityChip,
} from '../security';

const headers = [
  'Cluster',
  'Deviation',
  'Check',
  'Resource',
  'Open for',
  'Severity',
  'How to fix',
];

/** The open deviations across a customer's clusters, one row each, oldest first. */
export function CustomerDeviationsTable(props: { items: CustomerDeviation[] }) {
  const { items } = props;
  return (
    <Table size="small" aria-label="Open deviations">
      <TableHead>
        <TableRow>
          {headers.map(header => (
            <TableCell key={header}>{header}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.length === 0 && (
          <TableRow>
            <TableCell colSpan={headers.length} align="center">
              No open deviation on this customer's clusters.
            </TableCell>
          </TableRow>
        )}
        {items.map(({ cluster, clusterTitle, deviation }) => (
          <TableRow key={`${cluster}#${deviation.key}`}>
            <TableCell>
              <EntityRefLink entityRef={cluster}>{clusterTitle}</EntityRefLink>
            </TableCell>
            <TableCell>{deviation.title}</TableCell>
            <TableCell>{describeCheck(deviation)}</TableCell>
            <TableCell>{describeResource(deviation.resource)}</TableCell>
            <TableCell>
              {days(deviation.ageDays)} (since{' '}
              {describeDay(deviation.firstSeen)})
            </TableCell>
            <TableCell>
              {deviation.severity && (
                <SeverityChip severity={deviation.severity} />
              )}
            </TableCell>
            <TableCell>{deviation.remediation}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
