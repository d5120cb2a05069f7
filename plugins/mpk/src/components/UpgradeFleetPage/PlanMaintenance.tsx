import { Progress, WarningPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ClusterUpgradeResponse } from '@mpk-portal/plugin-mpk-common';
import { errorMessage } from '../errorMessage';
import { MaintenanceSummary } from '../MaintenanceSummary';

/**
 * What bears on the planned date of a cluster's upgrade: whether another cluster of the customer
 * must go first, and its maintenance windows, freezes and next openings.
 */
export function PlanMaintenance(props: {
  upgrade?: ClusterUpgradeResponse;
  loading: boolean;
  error?: Error;
}) {
  const { upgrade, loading, error } = props;
  if (error) {
    return (
      <Typography variant="body2" color="textSecondary">
        Could not load the maintenance windows: {errorMessage(error)}
      </Typography>
    );
  }
  if (loading || !upgrade) return <Progress />;
  const { maintenance, orderWarning, assessment } = upgrade;
  return (
    <>
      {orderWarning && (
        <Box mt={1}>
          <WarningPanel severity="warning" title={orderWarning} />
        </Box>
      )}
      {maintenance ? (
        <Box mt={2} aria-label="Maintenance" role="region">
          <MaintenanceSummary
            maintenance={maintenance}
            deadline={assessment.next?.dueDate}
          />
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          No maintenance windows are set for this cluster: any day may be
          planned.
        </Typography>
      )}
    </>
  );
}
