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

/** Acme's staging cluster: a non-production one. */
export const stagingCluster: Entity = {
  ...productionCluster,
  metadata: {
    ...productionCluster.metadata,
    name: 'acme-staging',
    title: 'Acme staging',
    labels: {
      ...productionCluster.metadata.labels,
      'mpk.io/environment': 'non-production',
    },
  },
};

/** A cluster of another customer, owned by another pod. */
export const globexCluster: Entity = {
  ...productionCluster,
  metadata: {
    ...productionCluster.metadata,
    name: 'globex-prod',
    labels: {
      ...productionCluster.metadata.labels,
      'mpk.io/customer': 'globex',
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/pod-red' },
};
