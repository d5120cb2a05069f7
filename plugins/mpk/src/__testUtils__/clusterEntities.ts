import { Entity } from '@backstage/catalog-model';

/** A well-formed managed cluster entity, as examples/clusters.yaml declares them. */
export const productionCluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'acme-prod',
    namespace: 'default',
    labels: {
      'mpk.io/customer': 'acme',
      'mpk.io/environment': 'production',
      'mpk.io/platform': 'eks',
      'mpk.io/kubernetes-version': '1.35',
      'mpk.io/upgrade-strategy': 'in-place',
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/pod-blue' },
};
