import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { SECURITY_SEVERITIES } from '@mpk-portal/plugin-mpk-common';
import { severityLabels, VulnerabilityCount } from '../security';

/** The vulnerabilities by severity, most severe first: how many a newer version fixes. */
export function VulnerabilitiesTable(props: {
  vulnerabilities: VulnerabilityCount[];
}) {
  const rows = [...props.vulnerabilities].sort(
    (a, b) =>
      SECURITY_SEVERITIES.indexOf(a.severity) -
      SECURITY_SEVERITIES.indexOf(b.severity),
  );
  return (
    <Table size="small" aria-label="Vulnerabilities by severity">
      <TableHead>
        <TableRow>
          <TableCell>Severity</TableCell>
          <TableCell align="right">Fixable</TableCell>
          <TableCell align="right">Not fixable</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.severity}>
            <TableCell component="th" scope="row">
              {severityLabels[row.severity]}
            </TableCell>
            <TableCell align="right">{row.fixable}</TableCell>
            <TableCell align="right">{row.notFixable}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
