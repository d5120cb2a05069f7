import { ClusterEnvironment } from '../cluster/clusterEntity';
import { nextMinorLine } from './readiness/readinessApi';
import { compareReleaseLines } from './releaseCalendar';

/**
 * A cluster as the upgrade-order rule sees it.
 * @public
 */
export interface OrderedCluster {
  name: string;
  environment: ClusterEnvironment;
  /** release line of the control plane */
  kubernetesVersion: string;
}

/**
 * The warning for upgrading a production cluster before every non-production cluster of the same
 * customer has reached the version it would move to: the upgrade guarantee rests on proving each
 * version on a non-production environment first. Null when there is nothing to warn about.
 * @public
 */
export function upgradeOrderWarning(
  cluster: OrderedCluster,
  customerClusters: OrderedCluster[],
): string | null {
  if (cluster.environment !== 'production') return null;
  const target = nextMinorLine(cluster.kubernetesVersion);
  const behind = customerClusters
    .filter(
      other =>
        other.environment === 'non-production' &&
        compareReleaseLines(other.kubernetesVersion, target) < 0,
    )
    .map(other => other.name)
    .sort();
  if (behind.length === 0) return null;
  return `Upgrade ${behind.join(
    ' and ',
  )} to ${target} first: a production cluster follows the customer's non-production ${
    behind.length === 1 ? 'cluster' : 'clusters'
  }, on which the upgrade guarantee rests.`;
}
