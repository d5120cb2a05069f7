import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  assessUpgradeObligations,
  CertifiedRelease,
  ClusterFacts,
  ClusterPlatform,
  InstalledComponent,
  parseKubernetesVersion,
  PlatformComponentVersion,
  readClusterFacts,
  ReleaseCalendar,
  UpgradeAssessment,
  UpgradeCluster,
} from '@mpk-portal/plugin-mpk-common';

/** Stack components whose versions carry the monitoring and logging platform obligations. */
const platformComponentRoles: Record<string, PlatformComponentVersion['role']> =
  {
    prometheus: 'monitoring',
    fluentd: 'logging',
    'fluent-bit': 'logging',
  };

/** The release line (`major.minor`) of an installed version such as `3.5.0`. */
function releaseLine(version: string): string {
  return /^v?(\d+\.\d+)/.exec(version)?.[1] ?? version;
}

export function platformComponentsOf(
  installed: InstalledComponent[],
): PlatformComponentVersion[] {
  return installed.flatMap(({ component, version }) => {
    const role = platformComponentRoles[component];
    return role
      ? [{ role, product: component, version: releaseLine(version) }]
      : [];
  });
}

function workerNodeVersionsOf(entity: Entity, facts: ClusterFacts): string[] {
  const declared = entity.spec?.workerNodeVersions;
  const lines = Array.isArray(declared)
    ? declared.flatMap(v =>
        typeof v === 'string' ? [parseKubernetesVersion(v)?.line ?? v] : [],
      )
    : [];
  // Without a declaration the nodes are taken to run the control plane's version.
  return lines.length > 0 ? lines : [facts.kubernetesVersion.line];
}

export function toUpgradeCluster(
  entity: Entity,
  facts: ClusterFacts,
): UpgradeCluster {
  return {
    entityRef: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title ?? entity.metadata.name,
    customer: facts.customer,
    owner: facts.owner,
    environment: facts.environment,
    platform: facts.platform,
    upgradeStrategy: facts.upgradeStrategy,
    kubernetesVersion: facts.kubernetesVersion.line,
    workerNodeVersions: workerNodeVersionsOf(entity, facts),
  };
}

/** A cluster the rules could read, with its assessment. */
export interface AssessedCluster {
  cluster: UpgradeCluster;
  assessment: UpgradeAssessment;
  installedComponents: InstalledComponent[];
  /** `spec.maintenance` as the catalog has it, read by the maintenance rules */
  maintenance: unknown;
}

/**
 * Assesses every cluster whose catalog entry is complete. A customer's environments are those of
 * all its clusters in `entities`, so pass every cluster of the customers concerned.
 */
export function assessClusters(
  entities: Entity[],
  calendars: Record<string, ReleaseCalendar>,
  today: string,
  certifiedReleases: Record<ClusterPlatform, CertifiedRelease[]>,
): {
  assessed: AssessedCluster[];
  incomplete: { entityRef: string; problems: string[] }[];
} {
  const readable: { entity: Entity; facts: ClusterFacts }[] = [];
  const incomplete: { entityRef: string; problems: string[] }[] = [];
  for (const entity of entities) {
    const result = readClusterFacts(entity);
    if (result.ok) readable.push({ entity, facts: result.facts });
    else
      incomplete.push({
        entityRef: stringifyEntityRef(entity),
        problems: result.problems,
      });
  }

  const environments = new Map<string, Set<ClusterFacts['environment']>>();
  for (const { facts } of readable) {
    const set = environments.get(facts.customer) ?? new Set();
    set.add(facts.environment);
    environments.set(facts.customer, set);
  }

  const assessed = readable.map(({ entity, facts }) => {
    const cluster = toUpgradeCluster(entity, facts);
    const assessment = assessUpgradeObligations(
      {
        platform: facts.platform,
        kubernetesVersion: cluster.kubernetesVersion,
        strategy: facts.upgradeStrategy,
        customerEnvironments: [...environments.get(facts.customer)!],
        workerNodeVersions: cluster.workerNodeVersions,
        platformComponents: platformComponentsOf(facts.installedComponents),
        certifiedReleases: certifiedReleases[facts.platform],
      },
      calendars,
      today,
    );
    return {
      cluster,
      assessment,
      installedComponents: facts.installedComponents,
      maintenance: entity.spec?.maintenance,
    };
  });
  return { assessed, incomplete };
}
