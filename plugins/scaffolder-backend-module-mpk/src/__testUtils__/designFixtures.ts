import {
  ClusterPlatform,
  currentTier,
  DetailedDesign,
  parseStackDefinition,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { DesignContext } from '../design/designContext';

/** The example stack (examples/stack.yaml), as the catalog serves it. */
export function exampleStack(): StackDefinition {
  const parsed = parseStackDefinition(
    parse(
      readFileSync(
        resolve(__dirname, '../../../../examples/stack.yaml'),
        'utf8',
      ),
    ),
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.stack;
}

/** The design context on 2026-11-25: EKS 1.36 and 1.35 supported, the example clusters exist. */
export function designContextFixture(): DesignContext {
  return {
    stack: exampleStack(),
    supportedLines: ['1.36', '1.35'],
    calendarTitle: 'Amazon EKS',
    existingClusters: ['acme-prod', 'acme-staging', 'globex-prod'],
    today: '2026-11-25',
  };
}

/** The Infrastructure-tier technologies of a platform that are not a choice. */
export function infrastructureComponents(platform: 'eks' | 'rpc-k'): string[] {
  return exampleStack()
    .technologies.filter(
      t =>
        t.platforms.includes(platform) &&
        !t.choice &&
        currentTier(t) === 'infrastructure',
    )
    .map(t => t.id);
}

/** A design of two EKS clusters that keeps every rule, as a template would pass it. */
export function validDesignInput() {
  return {
    name: 'initech-platform',
    customer: 'group:default/initech',
    owner: 'group:default/pod-blue',
    platform: 'eks' as const,
    region: 'us-east-1',
    kubernetesVersion: '1.36',
    upgradeStrategy: 'side-by-side' as const,
    environments: [
      {
        name: 'prod',
        class: 'production' as const,
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'm6i.xlarge',
            minSize: 3,
            desiredSize: 3,
            maxSize: 9,
          },
        ],
      },
      {
        name: 'staging',
        class: 'non-production' as const,
        nodeGroups: [
          {
            name: 'general',
            instanceType: 'm6i.large',
            minSize: 2,
            desiredSize: 2,
            maxSize: 4,
          },
        ],
      },
    ],
    components: [...infrastructureComponents('eks'), 'istio'],
    ingress: 'aws-alb-ingress-controller',
    registry: 'aws-ecr',
    storage: 'aws-ebs-csi-driver',
    acknowledgeNotQualified: false,
  };
}

// For the renderer tests: a checked design is what the renderers take, where the action tests start
// from raw input. These stay apart from the input and context above, although alike, because each
// test asserts on the values (versions, dates, node groups) of its own fixture.

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
