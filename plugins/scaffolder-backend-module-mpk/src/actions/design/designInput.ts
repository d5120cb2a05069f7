import { InputError } from '@backstage/errors';
import {
  CLUSTER_ENVIRONMENTS,
  CLUSTER_PLATFORMS,
  describeZodProblems,
  DetailedDesign,
  detailedDesignSchema,
  UPGRADE_STRATEGIES,
} from '@mpk-portal/plugin-mpk-common';
import { z as zImpl } from 'zod/v3';

type Z = typeof zImpl;

// A template's form asks each design choice apart, as one pick among the stack's alternatives;
// designFromInput then adds the pick to the components.
const chosenTechnologyField = (choice: string) => (z: Z) =>
  z
    .string()
    .optional()
    .describe(`The chosen ${choice} (a stack technology id)`);

/**
 * The fields of a detailed design as scaffolder action input, described for the action's
 * documentation. The design is then checked once more by `detailedDesignSchema` of mpk-common,
 * which the rules and the API share.
 */
export const designInputFields = {
  name: (z: Z) =>
    z
      .string()
      .describe('Name of the design, a DNS label; also its repository name'),
  customer: (z: Z) =>
    z
      .string()
      .describe("The customer's group name, e.g. acme, or its entity ref"),
  owner: (z: Z) =>
    z
      .string()
      .describe(
        'Entity ref of the support pod that owns the clusters, e.g. group:default/pod-blue',
      ),
  platform: (z: Z) =>
    z.enum(CLUSTER_PLATFORMS).describe('eks (AWS EKS) or rpc-k (bare metal)'),
  region: (z: Z) =>
    z.string().describe('AWS region on EKS, data centre on bare metal'),
  kubernetesVersion: (z: Z) =>
    z.string().describe('Kubernetes release line, e.g. 1.36'),
  upgradeStrategy: (z: Z) =>
    z
      .enum(UPGRADE_STRATEGIES)
      .optional()
      .describe('side-by-side (default) or in-place'),
  environments: (z: Z) =>
    z
      .array(
        z.object({
          name: z
            .string()
            .describe('e.g. prod; the cluster is <customer>-<name>'),
          class: z.enum(CLUSTER_ENVIRONMENTS),
          nodeGroups: z
            .array(
              z.object({
                name: z.string(),
                instanceType: z.string(),
                minSize: z.number(),
                desiredSize: z.number(),
                maxSize: z.number(),
              }),
            )
            .describe('Worker node groups with their sizes'),
        }),
      )
      .describe('The environments, one cluster each'),
  components: (z: Z) =>
    z.array(z.string()).describe('Ids of the stack technologies to deploy'),
  ingress: chosenTechnologyField('ingress controller'),
  registry: chosenTechnologyField('container registry'),
  storage: chosenTechnologyField('storage driver'),
  acknowledgeNotQualified: (z: Z) =>
    z
      .boolean()
      .optional()
      .describe(
        'Go ahead without a non-production environment (deadlines not guaranteed)',
      ),
};

/** The input of a design action, as the scaffolder hands it over. */
export interface DesignActionInput {
  name: string;
  customer: string;
  owner: string;
  platform: string;
  region: string;
  kubernetesVersion: string;
  upgradeStrategy?: string;
  environments: unknown[];
  components: string[];
  ingress?: string;
  registry?: string;
  storage?: string;
  acknowledgeNotQualified?: boolean;
}

/**
 * The design an action's input describes: the choices join the components, and a customer given
 * as an entity ref (from an EntityPicker) becomes its name.
 */
export function designFromInput(input: DesignActionInput): DetailedDesign {
  const { ingress, registry, storage, ...rest } = input;
  const customer = rest.customer.replace(/^(group:)?(default\/)?/, '');
  const components = [
    ...new Set(
      [...rest.components, ingress, registry, storage].filter(
        (id): id is string => Boolean(id),
      ),
    ),
  ];
  const result = detailedDesignSchema.safeParse({
    ...rest,
    customer,
    components,
  });
  if (!result.success) {
    throw new InputError(
      `The design is malformed: ${describeZodProblems(result.error)}`,
    );
  }
  return result.data;
}
