import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ClusterUpgradeResponse } from '@mpk-portal/plugin-mpk-common';
import { CardSection } from '../CardSection';
import { errorMessage } from '../errorMessage';
import { MaintenanceSummary } from '../MaintenanceSummary';
import { LiveVersions } from './LiveVersions';
import { NextDeadline } from './NextDeadline';
import { ObligationsTable } from './ObligationsTable';
import { ReadinessSection } from './ReadinessSection';
import { UpgradePlanSummary } from './UpgradePlanSummary';
import { UploadScanButton } from './UploadScanButton';
import { useClusterUpgrade } from './useClusterUpgrade';

function UpgradeOverview(props: {
  upgrade: ClusterUpgradeResponse;
  clusterRef: string;
  onScanUploaded(): void;
}) {
  const { upgrade, clusterRef, onScanUploaded } = props;
  const { assessment, plan, today, live, readiness, maintenance } = upgrade;
  return (
    <>
      {upgrade.orderWarning && (
        <Box mb={2}>
          <WarningPanel severity="warning" title={upgrade.orderWarning} />
        </Box>
      )}
      <NextDeadline next={assessment.next} />
      <Box mt={2}>
        <Typography variant="body2">{assessment.explanation}</Typography>
        <LiveVersions live={live} />
      </Box>
      <CardSection title="Upgrade obligations">
        <ObligationsTable obligations={assessment.obligations} />
        <Typography variant="caption" color="textSecondary">
          Days counted from {today}.
        </Typography>
      </CardSection>
      <CardSection title="Readiness">
        <ReadinessSection
          readiness={readiness}
          action={
            <UploadScanButton
              clusterRef={clusterRef}
              onUploaded={onScanUploaded}
            />
          }
        />
      </CardSection>
      {maintenance && (
        <CardSection title="Maintenance">
          <MaintenanceSummary
            maintenance={maintenance}
            deadline={assessment.next?.dueDate}
          />
        </CardSection>
      )}
      <CardSection title="Upgrade plan">
        <UpgradePlanSummary plan={plan} />
      </CardSection>
    </>
  );
}

/**
 * The upgrade deadlines the contract sets for the cluster on the current entity page, why they
 * stand as they do, what stands between it and its next version, when it may be upgraded, and the
 * upgrade plan recorded for it.
 */
export function UpgradeCard() {
  const { value: upgrade, loading, error, retry } = useClusterUpgrade();
  const { entity } = useEntity();

  let content;
  if (error) {
    // The server's message says what to fix, e.g. an incomplete catalog entry.
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (upgrade) {
    // Kept on screen while it loads again after an upload.
    content = (
      <UpgradeOverview
        upgrade={upgrade}
        clusterRef={stringifyEntityRef(entity)}
        onScanUploaded={retry}
      />
    );
  } else if (loading) {
    content = <Progress />;
  }

  return <InfoCard title="Upgrade deadlines">{content}</InfoCard>;
}
