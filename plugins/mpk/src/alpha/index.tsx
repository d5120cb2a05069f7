import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { supportTierCatalogFilter } from './catalogFilters';
import {
  clusterOverviewEntityCard,
  stackComponentEntityCard,
} from './entityCards';
import {
  kubernetesStackPage,
  kubernetesStackRouteRef,
} from './kubernetesStackPage';

export { supportTierCatalogFilter } from './catalogFilters';
export {
  clusterOverviewEntityCard,
  stackComponentEntityCard,
} from './entityCards';
export {
  kubernetesStackPage,
  kubernetesStackRouteRef,
} from './kubernetesStackPage';

/**
 * The mpk frontend plugin for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mpk',
  routes: { root: kubernetesStackRouteRef },
  extensions: [
    clusterOverviewEntityCard,
    stackComponentEntityCard,
    supportTierCatalogFilter,
    kubernetesStackPage,
  ],
});
