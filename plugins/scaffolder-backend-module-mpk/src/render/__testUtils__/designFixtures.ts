import { ClusterPlatform, DetailedDesign } from '@mpk-portal/plugin-mpk-common';

export { exampleStack } from '../../__testUtils__/designFixtures';

/** What the design document needs to know about the day it is written, per platform. */
export function documentContextFor(platform: ClusterPlatform) {
  return {
    today: '2026-08-03',
    calendarTitle: platform === 'eks' ? 'Amazon EKS' : 'Kubernetes',
    supportedLines: ['1.36', '1.35'],
  };
}

/** An EKS design with a production and a staging cluster. */
export function eksDesign(): DetailedDesign {
  return {
    name: 'initech-platform',
    customer: 'initech',
    owner: 'group:default/pod-blue',
    platform: 'eks',
    region: 'us-east-1',
    kubernetesVersion: '1.35',
    upgradeStrategy: 'side-by-side',
    environments: [
      {
        name: 'prod',
        class: 'production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'm6i.xlarge',
            minSize: 3,
            desiredSize: 4,
            maxSize: 9,
          },
          {
            name: 'arm',
            instanceType: 'm7g.large',
            minSize: 0,
            desiredSize: 1,
            maxSize: 5,
          },
        ],
      },
      {
        name: 'staging',
        class: 'non-production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 't3.large',
            minSize: 1,
            desiredSize: 2,
            maxSize: 3,
          },
        ],
      },
    ],
    components: [
      'aws-eks',
      'aws-ami',
      'terraform',
      'prometheus',
      'alertmanager',
      'grafana',
      'metrics-server',
      'fluentd',
      'aws-ecr',
      'aws-alb-ingress-controller',
      'coredns',
      'istio',
      'helm',
      'oidc',
      'calico',
      'sonobuoy',
      'aws-ebs-csi-driver',
      'velero',
      'kubernetes-dashboard',
    ],
    acknowledgeNotQualified: false,
  };
}

/** A bare-metal (RPC-K) design with a production and a staging cluster. */
export function bareMetalDesign(): DetailedDesign {
  return {
    name: 'globex-metal',
    customer: 'globex',
    owner: 'group:default/pod-green',
    platform: 'rpc-k',
    region: 'dfw3',
    kubernetesVersion: '1.36',
    upgradeStrategy: 'in-place',
    environments: [
      {
        name: 'prod',
        class: 'production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'r640-256g',
            minSize: 3,
            desiredSize: 3,
            maxSize: 6,
          },
          {
            name: 'storage',
            instanceType: 'r740xd-512g',
            minSize: 2,
            desiredSize: 2,
            maxSize: 4,
          },
        ],
      },
      {
        name: 'staging',
        class: 'non-production',
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'r640-256g',
            minSize: 1,
            desiredSize: 1,
            maxSize: 2,
          },
        ],
      },
    ],
    components: [
      'rpc-k',
      'terraform',
      'prometheus',
      'alertmanager',
      'grafana',
      'metrics-server',
      'fluentd',
      'harbor',
      'nginx-ingress-controller',
      'metallb',
      'coredns',
      'helm',
      'oidc',
      'calico',
      'sonobuoy',
      'netapp-csi-driver',
      'velero',
    ],
    acknowledgeNotQualified: false,
  };
}
