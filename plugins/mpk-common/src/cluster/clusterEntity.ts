import {
  Entity,
  isResourceEntity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { explainDnsLabelProblem } from '../names/kubernetesNames';

/**
 * `spec.type` of the `Resource` entities that stand for the clusters the provider manages.
 * @public
 */
export const CLUSTER_RESOURCE_TYPE = 'kubernetes-cluster';

/**
 * `spec.type` of the `Resource` entities that stand for detailed designs: the document a customer
 * reads (its TechDocs) and accepts before its clusters are built. Labelled with its customer like
 * a cluster (`CLUSTER_LABELS.customer`).
 * @public
 */
export const DESIGN_RESOURCE_TYPE = 'cluster-design';

/**
 * The annotation through which a design entity, and each of its clusters, names its design in
 * the mpk backend, e.g. `mpk.io/design: acme-platform`.
 * @public
 */
export const DESIGN_ANNOTATION = 'mpk.io/design';

/**
 * The catalog filter that selects every managed cluster, e.g. for `getEntities({ filter })`.
 * @public
 */
export const CLUSTER_ENTITY_FILTER = {
  kind: 'Resource',
  'spec.type': CLUSTER_RESOURCE_TYPE,
} as const;

/**
 * Labels through which a cluster entity states its contract facts. Labels rather than spec
 * fields so that catalog filters (`metadata.labels.mpk.io/customer=acme`) can select on them.
 * @public
 */
export const CLUSTER_LABELS = {
  customer: 'mpk.io/customer',
  environment: 'mpk.io/environment',
  platform: 'mpk.io/platform',
  kubernetesVersion: 'mpk.io/kubernetes-version',
  upgradeStrategy: 'mpk.io/upgrade-strategy',
} as const;

/**
 * How a cluster is upgraded: a new cluster next to the old one, or the running cluster in place.
 * The contract gives them different deadlines.
 * @public
 */
export const UPGRADE_STRATEGIES = ['side-by-side', 'in-place'] as const;

/** @public */
export type UpgradeStrategy = (typeof UPGRADE_STRATEGIES)[number];

/**
 * Platforms the service runs clusters on: AWS EKS, and Rackspace Kubernetes on bare metal (RPC-K).
 * @public
 */
export const CLUSTER_PLATFORMS = ['eks', 'rpc-k'] as const;

/** @public */
export type ClusterPlatform = (typeof CLUSTER_PLATFORMS)[number];

/**
 * How the portal names each platform: in full on cards and in documents, short in table columns
 * and in messages.
 * @public
 */
export const CLUSTER_PLATFORM_NAMES: Record<
  ClusterPlatform,
  { title: string; shortTitle: string }
> = {
  eks: { title: 'AWS Elastic Kubernetes Service (EKS)', shortTitle: 'EKS' },
  'rpc-k': {
    title: 'Rackspace Kubernetes on bare metal (RPC-K)',
    shortTitle: 'RPC-K',
  },
};

/**
 * Environment classes of the contract: the guarantees need one of each per customer.
 * @public
 */
export const CLUSTER_ENVIRONMENTS = ['production', 'non-production'] as const;

/** @public */
export type ClusterEnvironment = (typeof CLUSTER_ENVIRONMENTS)[number];

/**
 * A Kubernetes version as a cluster states it: the minor release line and, when known, the patch.
 * @public
 */
export interface KubernetesVersion {
  major: number;
  minor: number;
  patch?: number;
  /** `major.minor`, the unit release calendars and support windows are defined on */
  line: string;
}

/**
 * A stack component installed on a cluster, as `spec.installedComponents` lists it.
 * @public
 */
export type InstalledComponent = {
  /** name of the stack component entity, e.g. `prometheus` */
  component: string;
  version: string;
};

/**
 * The contract facts of one managed cluster, read from its catalog entity.
 * @public
 */
export interface ClusterFacts {
  entityRef: string;
  name: string;
  customer: string;
  environment: ClusterEnvironment;
  platform: ClusterPlatform;
  kubernetesVersion: KubernetesVersion;
  upgradeStrategy: UpgradeStrategy;
  owner: string;
  installedComponents: InstalledComponent[];
}

/**
 * Either the facts of a cluster, or every problem that stops them from being read.
 * @public
 */
export type ClusterFactsResult =
  | { ok: true; facts: ClusterFacts }
  | { ok: false; problems: string[] };

/**
 * Whether an entity is a managed cluster: a `Resource` of type `kubernetes-cluster`.
 * @public
 */
export function isClusterEntity(entity: Entity): boolean {
  return isResourceEntity(entity) && entity.spec.type === CLUSTER_RESOURCE_TYPE;
}

/**
 * Whether the entity is a detailed design: a `Resource` of type `cluster-design`.
 * @public
 */
export function isDesignEntity(entity: Entity): boolean {
  return isResourceEntity(entity) && entity.spec.type === DESIGN_RESOURCE_TYPE;
}

/**
 * Parses a Kubernetes version such as `1.35` or `v1.35.2`.
 * @returns `undefined` when the text is not a version
 * @public
 */
export function parseKubernetesVersion(
  text: string,
): KubernetesVersion | undefined {
  const match = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return {
    major,
    minor,
    ...(match[3] !== undefined ? { patch: Number(match[3]) } : {}),
    line: `${major}.${minor}`,
  };
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | undefined,
): value is T {
  return value !== undefined && (allowed as readonly string[]).includes(value);
}

function readInstalledComponents(
  value: unknown,
  problems: string[],
): InstalledComponent[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(
      'spec.installedComponents must be a list of { component, version }',
    );
    return [];
  }
  const seen = new Set<string>();
  return value.flatMap((item, index): InstalledComponent[] => {
    const where = `spec.installedComponents[${index}]`;
    const component = (item as { component?: unknown })?.component;
    const version = (item as { version?: unknown })?.version;
    if (typeof component !== 'string' || explainDnsLabelProblem(component)) {
      problems.push(
        `${where}.component must name a stack component, e.g. prometheus`,
      );
      return [];
    }
    if (typeof version !== 'string' || version.trim() === '') {
      problems.push(
        `${where}.version must be the installed version of ${component}, as text`,
      );
      return [];
    }
    if (seen.has(component)) {
      problems.push(`${where}: ${component} is listed twice`);
      return [];
    }
    seen.add(component);
    return [{ component, version }];
  });
}

/**
 * Reads the contract facts of a cluster entity, listing every missing or malformed field so that
 * a catalog author can fix them all at once.
 * @public
 */
export function readClusterFacts(entity: Entity): ClusterFactsResult {
  if (!isClusterEntity(entity)) {
    return {
      ok: false,
      problems: [
        `is not a cluster: expected kind Resource with spec.type ${CLUSTER_RESOURCE_TYPE}`,
      ],
    };
  }
  const labels = entity.metadata.labels ?? {};
  const problems: string[] = [];
  const describe = (key: string, expectation: string) =>
    labels[key] === undefined
      ? `label ${key} is missing: expected ${expectation}`
      : `label ${key} is "${labels[key]}": expected ${expectation}`;

  const customer = labels[CLUSTER_LABELS.customer];
  const customerProblem =
    customer === undefined ? 'a value' : explainDnsLabelProblem(customer);
  if (customerProblem) {
    problems.push(
      describe(
        CLUSTER_LABELS.customer,
        `the customer's group name (${customerProblem})`,
      ),
    );
  }

  const environment = labels[CLUSTER_LABELS.environment];
  if (!oneOf(CLUSTER_ENVIRONMENTS, environment)) {
    problems.push(
      describe(
        CLUSTER_LABELS.environment,
        `one of ${CLUSTER_ENVIRONMENTS.join(', ')}`,
      ),
    );
  }

  const platform = labels[CLUSTER_LABELS.platform];
  if (!oneOf(CLUSTER_PLATFORMS, platform)) {
    problems.push(
      describe(
        CLUSTER_LABELS.platform,
        `one of ${CLUSTER_PLATFORMS.join(', ')}`,
      ),
    );
  }

  const versionText = labels[CLUSTER_LABELS.kubernetesVersion];
  const kubernetesVersion =
    versionText === undefined ? undefined : parseKubernetesVersion(versionText);
  if (!kubernetesVersion) {
    problems.push(
      describe(CLUSTER_LABELS.kubernetesVersion, 'a version such as 1.35'),
    );
  }

  const upgradeStrategy = labels[CLUSTER_LABELS.upgradeStrategy];
  if (!oneOf(UPGRADE_STRATEGIES, upgradeStrategy)) {
    problems.push(
      describe(
        CLUSTER_LABELS.upgradeStrategy,
        `one of ${UPGRADE_STRATEGIES.join(', ')}`,
      ),
    );
  }

  const installedComponents = readInstalledComponents(
    entity.spec?.installedComponents,
    problems,
  );

  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    facts: {
      entityRef: stringifyEntityRef(entity),
      name: entity.metadata.name,
      customer: customer!,
      environment: environment as ClusterEnvironment,
      platform: platform as ClusterPlatform,
      kubernetesVersion: kubernetesVersion!,
      upgradeStrategy: upgradeStrategy as UpgradeStrategy,
      owner: String(entity.spec?.owner),
      installedComponents,
    },
  };
}
