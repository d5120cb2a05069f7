import {
  currentTier,
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
