import { CLUSTER_PLATFORM_NAMES } from '../cluster/clusterEntity';
import { DesignEnvironment, DetailedDesign, NodeGroup } from './detailedDesign';

const change = (what: string, from: string, to: string) =>
  `${what} ${from} → ${to}`;

/** `1 node`, `3 nodes`. */
const nodes = (count: number) => `${count} node${count === 1 ? '' : 's'}`;

/** What was removed from a list and what was added to it, each in its list's order. */
function listChanges<T>(
  previous: T[],
  next: T[],
  keyOf: (item: T) => string,
): { removed: T[]; added: T[]; kept: Array<[T, T]> } {
  const before = new Map(previous.map(item => [keyOf(item), item]));
  const after = new Set(next.map(keyOf));
  return {
    removed: previous.filter(item => !after.has(keyOf(item))),
    added: next.filter(item => !before.has(keyOf(item))),
    kept: next
      .filter(item => before.has(keyOf(item)))
      .map(item => [before.get(keyOf(item))!, item]),
  };
}

function nodeGroupChanges(
  environment: string,
  previous: NodeGroup,
  next: NodeGroup,
): string[] {
  const where = `node group ${next.name} of ${environment}:`;
  const changes: string[] = [];
  if (previous.instanceType !== next.instanceType) {
    changes.push(
      change(
        `${where} instance type`,
        previous.instanceType,
        next.instanceType,
      ),
    );
  }
  if (previous.desiredSize !== next.desiredSize) {
    changes.push(
      `${where} ${previous.desiredSize} → ${nodes(
        next.desiredSize,
      )} at creation`,
    );
  }
  if (previous.minSize !== next.minSize) {
    changes.push(
      `${where} at least ${previous.minSize} → ${nodes(next.minSize)}`,
    );
  }
  if (previous.maxSize !== next.maxSize) {
    changes.push(
      `${where} at most ${previous.maxSize} → ${nodes(next.maxSize)}`,
    );
  }
  return changes;
}

function environmentChanges(
  previous: DesignEnvironment,
  next: DesignEnvironment,
): string[] {
  const changes: string[] = [];
  if (previous.class !== next.class) {
    changes.push(
      change(`environment ${next.name}:`, previous.class, next.class),
    );
  }
  const groups = listChanges(previous.nodeGroups, next.nodeGroups, g => g.name);
  for (const group of groups.removed) {
    changes.push(`node group ${group.name} of ${next.name} removed`);
  }
  for (const group of groups.added) {
    changes.push(
      `node group ${group.name} of ${next.name} added (${
        group.instanceType
      }, ${nodes(group.desiredSize)} at creation, ${group.minSize} to ${
        group.maxSize
      })`,
    );
  }
  for (const [before, after] of groups.kept) {
    changes.push(...nodeGroupChanges(next.name, before, after));
  }
  return changes;
}

/**
 * What changed from one version of a detailed design to the next, one sentence each, for the
 * customer deciding on the new version: e.g. `Kubernetes version 1.32 → 1.33`, `environment
 * staging added`, `node group workers of prod: 3 → 5 nodes at creation`, `component velero
 * added`. Empty when the two are the same design. Environments, node groups and components are
 * matched by name (a renamed one is one removed and one added); a change of their order alone is
 * no change.
 * @public
 */
export function designChanges(
  previous: DetailedDesign,
  next: DetailedDesign,
): string[] {
  const changes: string[] = [];
  const field = (what: string, from: string, to: string) => {
    if (from !== to) changes.push(change(what, from, to));
  };
  field('name', previous.name, next.name);
  field('customer', previous.customer, next.customer);
  field('support pod', previous.owner, next.owner);
  field(
    'platform',
    CLUSTER_PLATFORM_NAMES[previous.platform].shortTitle,
    CLUSTER_PLATFORM_NAMES[next.platform].shortTitle,
  );
  field('region', previous.region, next.region);
  field(
    'Kubernetes version',
    previous.kubernetesVersion,
    next.kubernetesVersion,
  );
  field('upgrade strategy', previous.upgradeStrategy, next.upgradeStrategy);

  const environments = listChanges(
    previous.environments,
    next.environments,
    e => e.name,
  );
  for (const environment of environments.removed) {
    changes.push(`environment ${environment.name} removed`);
  }
  for (const environment of environments.added) {
    changes.push(`environment ${environment.name} added`);
  }
  for (const [before, after] of environments.kept) {
    changes.push(...environmentChanges(before, after));
  }

  const components = listChanges(previous.components, next.components, c => c);
  for (const component of components.removed) {
    changes.push(`component ${component} removed`);
  }
  for (const component of components.added) {
    changes.push(`component ${component} added`);
  }

  if (previous.acknowledgeNotQualified !== next.acknowledgeNotQualified) {
    changes.push(
      next.acknowledgeNotQualified
        ? 'going ahead without a non-production environment acknowledged: not qualified, the upgrade deadlines are not guaranteed'
        : 'the acknowledgement of going ahead without a non-production environment withdrawn',
    );
  }
  return changes;
}
