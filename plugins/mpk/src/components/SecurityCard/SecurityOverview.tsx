import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CardSection } from '../CardSection';
import {
  ClusterSecurity,
  SecurityDeviation,
  SecurityStatusChip,
} from '../security';
import { BaselineSummary } from './BaselineSummary';
import { CorrectedList } from './CorrectedList';
import { DeviationsList } from './DeviationsList';
import { ExceptionsList } from './ExceptionsList';
import { ReportsList } from './ReportsList';
import { TrendSparkline } from './TrendSparkline';
import { VulnerabilitiesTable } from './VulnerabilitiesTable';

function Empty(props: { children: string }) {
  return (
    <Typography variant="body2" color="textSecondary">
      {props.children}
    </Typography>
  );
}

/**
 * A cluster's security posture: status and why, the baseline, the reports read, the open
 * deviations, exceptions, vulnerabilities, corrected deviations and the trend.
 */
export function SecurityOverview(props: {
  security: ClusterSecurity;
  /** given to users allowed to approve exceptions on the cluster */
  onAddException?(deviation: SecurityDeviation): void;
}) {
  const { security, onAddException } = props;
  const { deviations, exceptions, vulnerabilities, corrected, trend } =
    security;
  return (
    <>
      <Box display="flex" alignItems="center" style={{ gap: 16 }}>
        <SecurityStatusChip status={security.status} size="medium" />
        <Typography variant="body2" color="textSecondary">
          {deviations.length} open deviation
          {deviations.length === 1 ? '' : 's'}, as of {security.today}
        </Typography>
      </Box>
      <Box mt={2}>
        <Typography variant="body2">{security.explanation}</Typography>
      </Box>
      <CardSection title="Agreed baseline">
        <BaselineSummary baseline={security.baseline} />
      </CardSection>
      <CardSection title="Reports read">
        {security.reports.length === 0 ? (
          <Empty>No scan report has been read for this cluster.</Empty>
        ) : (
          <ReportsList reports={security.reports} />
        )}
      </CardSection>
      <CardSection title={`Open deviations (${deviations.length})`}>
        {deviations.length === 0 ? (
          <Empty>No open deviation from the baseline.</Empty>
        ) : (
          <DeviationsList
            deviations={deviations}
            onAddException={onAddException}
          />
        )}
      </CardSection>
      {exceptions.length > 0 && (
        <CardSection title={`Exceptions (${exceptions.length})`}>
          <ExceptionsList exceptions={exceptions} />
        </CardSection>
      )}
      {vulnerabilities.length > 0 && (
        <CardSection title="Vulnerabilities">
          <VulnerabilitiesTable vulnerabilities={vulnerabilities} />
        </CardSection>
      )}
      {corrected.length > 0 && (
        <CardSection title="Corrected in the last 90 days">
          <CorrectedList corrected={corrected} />
        </CardSection>
      )}
      {trend.length > 0 && (
        <CardSection title="Open deviations by week">
          <TrendSparkline trend={trend} />
        </CardSection>
      )}
    </>
  );
}
