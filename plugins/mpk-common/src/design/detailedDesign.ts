import { z } from 'zod';
import {
  CLUSTER_ENVIRONMENTS,
  CLUSTER_PLATFORMS,
  UPGRADE_STRATEGIES,
} from '../cluster/clusterEntity';

/**
 * A group of worker nodes of one kind: an EC2 instance type on EKS, a server profile on bare metal.
 * @public
 */
export const nodeGroupSchema = z.object({
  name: z.string().describe('Node group name, a DNS label, e.g. general'),
  instanceType: z
    .string()
    .min(1)
    .describe(
      'EC2 instance type on EKS (e.g. m6i.xlarge), server profile on bare metal (e.g. r640-256g)',
    ),
  minSize: z
    .number()
    .int()
    .min(0)
    .describe('Fewest nodes the autoscaler keeps'),
  desiredSize: z.number().int().min(0).describe('Nodes at creation'),
  maxSize: z.number().int().min(1).describe('Most nodes the autoscaler adds'),
});

/** @public */
export type NodeGroup = z.output<typeof nodeGroupSchema>;

/**
 * One environment of a design: one cluster.
 * @public
 */
export const designEnvironmentSchema = z.object({
  name: z
    .string()
    .describe(
      'Environment name, e.g. prod or staging; the cluster is <customer>-<name>',
    ),
  class: z.enum(CLUSTER_ENVIRONMENTS).describe('production or non-production'),
  nodeGroups: z
    .array(nodeGroupSchema)
    .min(1, 'needs at least one node group')
    .describe('The worker node groups of the cluster'),
});

/** @public */
export type DesignEnvironment = z.output<typeof designEnvironmentSchema>;

/**
 * A detailed design: what a Lead Architect specifies, the customer accepts, and a Senior CKA
 * engineer deploys exactly.
 * @public
 */
export const detailedDesignSchema = z.object({
  name: z
    .string()
    .describe(
      'Name of the design, a DNS label; also the name of its repository',
    ),
  customer: z
    .string()
    .describe("The customer's group name; the prefix of every cluster name"),
  owner: z
    .string()
    .describe(
      'Entity ref of the support pod that owns the clusters, e.g. group:default/pod-blue',
    ),
  platform: z
    .enum(CLUSTER_PLATFORMS)
    .describe('eks (AWS EKS) or rpc-k (Rackspace Kubernetes on bare metal)'),
  region: z
    .string()
    .min(1)
    .describe(
      'AWS region on EKS (e.g. us-east-1), data centre on bare metal (e.g. dfw3)',
    ),
  kubernetesVersion: z
    .string()
    .describe(
      'Kubernetes release line, one of the two most recent of the platform, e.g. 1.36',
    ),
  upgradeStrategy: z
    .enum(UPGRADE_STRATEGIES)
    .default('side-by-side')
    .describe('How the clusters are upgraded: side-by-side or in-place'),
  environments: z
    .array(designEnvironmentSchema)
    .describe('The environments, one cluster each'),
  components: z
    .array(z.string())
    .describe(
      'Ids of the stack technologies to deploy, the chosen ingress controller, registry and storage driver included',
    ),
  acknowledgeNotQualified: z
    .boolean()
    .default(false)
    .describe(
      'Set to go ahead without a non-production environment: the upgrade deadlines are then not guaranteed',
    ),
});

/** @public */
export type DetailedDesign = z.output<typeof detailedDesignSchema>;

/**
 * The name of an environment's cluster.
 * @public
 */
export function clusterNameOf(
  design: Pick<DetailedDesign, 'customer'>,
  environment: Pick<DesignEnvironment, 'name'>,
): string {
  return `${design.customer}-${environment.name}`;
}
