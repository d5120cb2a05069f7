import { Entity } from '@backstage/catalog-model';

const platforms = ['eks', 'rpc-k'] as const;
const versions = ['1.33', '1.34', '1.35', '1.36'];
const stack = [
  'prometheus',
  'fluentd',
  'grafana',
  'coredns',
  'helm',
  'calico',
  'velero',
];

/**
 * `count` cluster entities spread over customers (each with a production and a staging cluster,
 * some with production only), platforms, versions, strategies and pods.
 */
export function generateClusters(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => {
    const customer = `customer-${Math.floor(i / 2)}`;
    const production = i % 2 === 0 || i % 7 === 0;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: `cluster-${i}`,
        namespace: 'default',
        annotations: {
          'backstage.io/managed-by-location': 'bench:generated',
          'backstage.io/managed-by-origin-location': 'bench:generated',
        },
        labels: {
          'mpk.io/customer': customer,
          'mpk.io/environment': production ? 'production' : 'non-production',
          'mpk.io/platform': platforms[i % 2],
          'mpk.io/kubernetes-version': versions[i % versions.length],
          'mpk.io/upgrade-strategy': i % 3 === 0 ? 'side-by-side' : 'in-place',
        },
      },
      spec: {
        type: 'kubernetes-cluster',
        owner: `group:default/pod-${i % 40}`,
        installedComponents: stack.map(component => ({
          component,
          version: component === 'prometheus' ? '3.5.0' : '1.18.0',
        })),
      },
    };
  });
}
