import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isClusterEntity } from '@mpk-portal/plugin-mpk-common';

/**
 * Entity card with the contract facts of a managed cluster, shown on `kubernetes-cluster`
 * Resource pages.
 * @alpha
 */
export const clusterOverviewEntityCard = EntityCardBlueprint.make({
  name: 'cluster-overview',
  params: {
    type: 'info',
    filter: isClusterEntity,
    loader: () =>
      import('../components/ClusterOverviewCard').then(m => (
        <m.ClusterOverviewCard />
      )),
  },
});

/**
 * The mpk frontend plugin for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mpk',
  extensions: [clusterOverviewEntityCard],
});
