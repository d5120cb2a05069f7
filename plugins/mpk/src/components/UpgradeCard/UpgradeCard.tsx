import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ClusterUpgradeResponse } from '@mpk-portal/plugin-mpk-common';
import { CardSection } from '../CardSection';
import { errorMessage } from '../errorMessage';
import { LiveVersions } from './LiveVersions';
import { NextDeadline } from './NextDeadline';
import { ObligationsTable } from './ObligationsTable';
import { UpgradePlanSummary } from './UpgradePlanSummary';
import { useClusterUpgrade } from './useClusterUpgrade';

function UpgradeOverview(props: { upgrade: ClusterUpgradeResponse }) {
  const { assessment, plan, today, live } = props.upgrade;
  return (
    <>
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
      <CardSection title="Upgrade plan">
        <UpgradePlanSummary plan={plan} />
      </CardSection>
    </>
  );
}

/**
 * The upgrade deadlines the contract sets for the cluster on the current entity page, why they
 * stand as they do, and the upgrade plan recorded for it.
 */
export function UpgradeCard() {
  const { value: upgrade, loading, error } = useClusterUpgrade();

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    // The server's message says what to fix, e.g. an incomplete catalog entry.
    content = <ResponseErrorPanel error={error} title={errorMessage(error)} />;
  } else if (upgrade) {
    content = <UpgradeOverview upgrade={upgrade} />;
  }

  return <InfoCard title="Upgrade deadlines">{content}</InfoCard>;
}
