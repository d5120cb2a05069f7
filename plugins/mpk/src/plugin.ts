import {
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';

/**
 * The mpk frontend plugin for the legacy frontend system.
 * @public
 */
export const mpkPlugin = createPlugin({ id: 'mpk' });

/**
 * Entity card with the contract facts of a managed cluster (customer, environment, platform,
 * Kubernetes version, support pod); use on `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntityClusterOverviewCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterOverviewCard',
    component: {
      lazy: () =>
        import('./components/ClusterOverviewCard').then(
          m => m.ClusterOverviewCard,
        ),
    },
  }),
);
