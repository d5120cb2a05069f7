import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { describeTimestamp, shortEntityName } from '../upgradeWording';
import {
  describeCounts,
  describeReportSource,
  SecurityReportSummary,
} from '../security';

function describeObserved(report: SecurityReportSummary): string {
  const when = report.observedAt
    ? `Observed ${describeTimestamp(report.observedAt)}`
    : 'Observed at an unknown time';
  return report.uploadedBy
    ? `${when}, uploaded by ${shortEntityName(report.uploadedBy, 'user')}`
    : when;
}

/** The latest report of each scanner and kind, with the scanner's own counts and when it ran. */
export function ReportsList(props: { reports: SecurityReportSummary[] }) {
  return (
    <List dense disablePadding aria-label="Latest reports">
      {props.reports.map(report => (
        <ListItem key={report.id} disableGutters>
          <ListItemText
            primary={`${describeReportSource(report)}: ${describeCounts(
              report.summary,
            )}`}
            secondary={describeObserved(report)}
          />
        </ListItem>
      ))}
    </List>
  );
}
