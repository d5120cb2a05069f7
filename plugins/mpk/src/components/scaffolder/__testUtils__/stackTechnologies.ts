import {
  ClusterPlatform,
  DesignChoice,
  STACK_COMPONENT_TYPE,
  STACK_LABELS,
  StackComponentEntity,
  SupportTier,
} from '@mpk-portal/plugin-mpk-common';

function technology(
  name: string,
  title: string,
  tier: SupportTier,
  platforms: ClusterPlatform[],
  choice?: DesignChoice,
): StackComponentEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title,
      labels: { [STACK_LABELS.supportTier]: tier },
    },
    spec: {
      type: STACK_COMPONENT_TYPE,
      lifecycle: 'production',
      owner: 'group:default/mpk-provider',
      system: 'mpk-stack',
      category: { id: 'other', title: 'Other' },
      platforms,
      supportedVersions: ['1.35', '1.36'],
      tierHistory: [{ tier, since: '2025-01-01' }],
      ...(choice ? { choice } : {}),
    },
  };
}

/**
 * Stack technologies of every tier, some on one platform only, and alternatives of design
 * choices, which the stack components picker leaves to other fields.
 */
export const stackTechnologies = [
  technology('prometheus', 'Prometheus', 'infrastructure', ['eks', 'rpc-k']),
  technology('karpenter', 'Karpenter', 'infrastructure', ['eks']),
  technology('metallb', 'MetalLB', 'infrastructure', ['rpc-k']),
  technology('istio', 'Istio', 'certified', ['eks', 'rpc-k']),
  technology('external-dns', 'ExternalDNS', 'certified', ['eks']),
  technology('argo-cd', 'Argo CD', 'certified', ['rpc-k']),
  technology('flux', 'Flux', 'catalog', ['eks', 'rpc-k']),
  technology(
    'nginx-ingress-controller',
    'Nginx Ingress Controller',
    'certified',
    ['eks', 'rpc-k'],
    'ingress',
  ),
  technology('harbor', 'Harbor', 'catalog', ['eks', 'rpc-k'], 'registry'),
];
