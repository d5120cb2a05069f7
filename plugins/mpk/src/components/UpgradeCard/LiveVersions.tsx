import { WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ClusterUpgradeResponse } from '@mpk-portal/plugin-mpk-common';

/** What the cluster's own API reports, and whether the catalog says otherwise. */
export function LiveVersions(props: { live: ClusterUpgradeResponse['live'] }) {
  const { live } = props;
  if (!live) {
    return null;
  }
  return (
    <>
      <Typography variant="body2">
        Kubernetes API of {live.kubernetesCluster}: server {live.serverVersion},
        kubelets {live.kubeletVersions.join(', ') || 'unknown'}.
      </Typography>
      {live.disagreement && (
        <WarningPanel
          title="The catalog and the cluster disagree"
          message={live.disagreement}
        />
      )}
    </>
  );
}
