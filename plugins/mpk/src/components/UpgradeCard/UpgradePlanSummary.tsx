import { StructuredMetadataTable } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { UpgradePlan } from '@mpk-portal/plugin-mpk-common';
import { describePlanUpdate, planStateLabels } from '../upgradeWording';

/** The upgrade plan an Engagement Manager recorded for the cluster, if any. */
export function UpgradePlanSummary(props: { plan: UpgradePlan | null }) {
  const { plan } = props;
  if (!plan) {
    return (
      <Typography variant="body2">
        No upgrade plan has been recorded for this cluster yet.
      </Typography>
    );
  }
  return (
    <StructuredMetadataTable
      metadata={{
        'planned date': plan.plannedDate,
        state: planStateLabels[plan.state],
        note: plan.note || '—',
        'recorded by': describePlanUpdate(plan),
      }}
    />
  );
}
