import { Entity } from '@backstage/catalog-model';
import {
  CLUSTER_ENVIRONMENTS,
  CLUSTER_LABELS,
} from '@mpk-portal/plugin-mpk-common';
import { environmentNames } from '../clusterNames';

/** One cluster that runs a stack component, with the version it runs. */
export interface ComponentDeployment {
  cluster: Entity;
  customer?: string;
  environment?: string;
  version?: string;
}

function environmentName(value: string | undefined): string | undefined {
  const known = CLUSTER_ENVIRONMENTS.find(environment => environment === value);
  return known ? environmentNames[known] : value;
}

function installedVersion(
  cluster: Entity,
  componentName: string,
): string | undefined {
  const installed: unknown = cluster.spec?.installedComponents;
  if (!Array.isArray(installed)) {
    return undefined;
  }
  const entry = installed.find(item => item?.component === componentName);
  return typeof entry?.version === 'string' ? entry.version : undefined;
}

/**
 * What a cluster states about its use of a component. Read leniently rather than through
 * `readClusterFacts`: a cluster whose catalog entry is incomplete still runs the component and
 * belongs in the list; its own page tells what to fix.
 */
export function describeDeployment(
  cluster: Entity,
  componentName: string,
): ComponentDeployment {
  const labels = cluster.metadata.labels ?? {};
  return {
    cluster,
    customer: labels[CLUSTER_LABELS.customer],
    environment: environmentName(labels[CLUSTER_LABELS.environment]),
    version: installedVersion(cluster, componentName),
  };
}

/** Orders deployments by customer, then cluster name. */
export function compareDeployments(
  a: ComponentDeployment,
  b: ComponentDeployment,
): number {
  return (
    (a.customer ?? '').localeCompare(b.customer ?? '') ||
    a.cluster.metadata.name.localeCompare(b.cluster.metadata.name)
  );
}
