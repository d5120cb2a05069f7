import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLUSTER_ENTITY_FILTER,
  CLUSTER_LABELS,
  ClusterUpgradeResponse,
  FleetUpgradeItem,
  FleetUpgradesResponse,
  ObligationStatus,
  parseKubernetesVersion,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import {
  ConformanceService,
  conformanceClusterOf,
} from '../conformance/ConformanceService';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';
import { clusterResourceOf } from '../platform/access/clusterResources';
import { ClusterScope } from '../platform/access/MpkAccessControl';
import {
  CatalogFilter,
  catalogFilterOfScope,
} from '../platform/access/scopeQueries';
import { ContractClock } from '../platform/ContractClock';
import { AssessedCluster, assessClusters } from './assessClusters';
import { KubernetesLiveFacts } from './live/KubernetesLiveFacts';
import { UpgradeStore } from './UpgradeStore';

/** The Kubernetes plugin's annotation naming an entity's cluster in its configuration. */
const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';

/** Filters and order of the fleet view; an empty list means no filter. */
export interface FleetQuery {
  customer: string[];
  owner: string[];
  status: ObligationStatus[];
  order: 'asc' | 'desc';
}

function byDaysLeft(order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  return (a: FleetUpgradeItem, b: FleetUpgradeItem) => {
    const da = a.next?.daysLeft;
    const db = b.next?.daysLeft;
    // Clusters without a dated obligation go last in either order.
    if (da === undefined || db === undefined) {
      return (da === undefined ? 1 : 0) - (db === undefined ? 1 : 0);
    }
    return (
      sign * (da - db) || a.cluster.entityRef.localeCompare(b.cluster.entityRef)
    );
  };
}

/** The upgrade view of clusters: catalog facts, release calendars and recorded plans, on today. */
export class UpgradeService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      /** for the plugin's own credentials: the contract's facts do not depend on who looks */
      auth: AuthService;
      calendars: ReleaseCalendars;
      store: UpgradeStore;
      /** in whose time zone "today" is counted */
      clock: ContractClock;
      liveFacts?: Pick<KubernetesLiveFacts, 'read'>;
      conformance: Pick<ConformanceService, 'assessAll'>;
    },
  ) {}

  /**
   * A cluster's obligations and plan. Its customer's other clusters (which decide whether the
   * guarantees hold) are read with the plugin's own credentials: the contract's facts do not
   * depend on who looks.
   */
  async clusterUpgrade(entity: Entity): Promise<ClusterUpgradeResponse> {
    const entityRef = stringifyEntityRef(entity);
    const customer = entity.metadata.labels?.[CLUSTER_LABELS.customer];
    const { items: customerClusters } = customer
      ? await this.deps.catalog.getEntities(
          {
            filter: {
              ...CLUSTER_ENTITY_FILTER,
              [`metadata.labels.${CLUSTER_LABELS.customer}`]: customer,
            },
          },
          { credentials: await this.deps.auth.getOwnServiceCredentials() },
        )
      : { items: [] };
    const others = customerClusters.filter(
      e => stringifyEntityRef(e) !== entityRef,
    );
    const { live, counted } = await this.withLiveFacts(entity);
    const today = this.deps.clock.today();
    const { assessed, incomplete } = assessClusters(
      [counted, ...others],
      this.deps.calendars.get(),
      today,
    );
    const own = assessed.find(a => a.cluster.entityRef === entityRef);
    if (!own) {
      const problems =
        incomplete.find(i => i.entityRef === entityRef)?.problems ?? [];
      throw new InputError(
        `The catalog entry of ${entityRef} is incomplete: ${problems.join(
          '; ',
        )}`,
      );
    }
    const plans = await this.deps.store.getPlans([entityRef]);
    return { today, ...own, live, plan: plans.get(entityRef) ?? null };
  }

  /**
   * Where the entity names its cluster in the Kubernetes plugin, the versions its API reports
   * replace the declared ones for counting; the response says so, and whether they disagree.
   */
  private async withLiveFacts(
    entity: Entity,
  ): Promise<{ live: ClusterUpgradeResponse['live']; counted: Entity }> {
    const kubernetesCluster =
      entity.metadata.annotations?.[KUBERNETES_CLUSTER_ANNOTATION];
    const declared =
      entity.metadata.labels?.[CLUSTER_LABELS.kubernetesVersion] ?? '';
    const facts =
      kubernetesCluster && this.deps.liveFacts
        ? await this.deps.liveFacts.read(kubernetesCluster)
        : undefined;
    if (!kubernetesCluster || !facts) {
      return { live: null, counted: entity };
    }
    const disagreement =
      parseKubernetesVersion(declared)?.line === facts.serverVersion
        ? null
        : `The Kubernetes API of ${kubernetesCluster} reports ${facts.serverVersion}, the catalog declares ${declared}: the deadlines are counted from ${facts.serverVersion}.`;
    return {
      live: {
        kubernetesCluster,
        ...facts,
        declaredKubernetesVersion: declared,
        disagreement,
      },
      counted: {
        ...entity,
        metadata: {
          ...entity.metadata,
          labels: {
            ...entity.metadata.labels,
            [CLUSTER_LABELS.kubernetesVersion]: facts.serverVersion,
          },
        },
        spec: {
          ...entity.spec,
          ...(facts.kubeletVersions.length > 0
            ? { workerNodeVersions: facts.kubeletVersions }
            : {}),
        },
      },
    };
  }

  /**
   * The clusters of the catalog whose entry is complete (those `filter` selects, or all),
   * assessed on today.
   */
  async assessFleet(filter?: CatalogFilter[]): Promise<{
    today: string;
    assessed: AssessedCluster[];
    entities: Entity[];
  }> {
    const { items: entities } =
      filter?.length === 0
        ? { items: [] }
        : await this.deps.catalog.getEntities(
            { filter: filter ?? CLUSTER_ENTITY_FILTER },
            { credentials: await this.deps.auth.getOwnServiceCredentials() },
          );
    const today = this.deps.clock.today();
    const { assessed } = assessClusters(
      entities,
      this.deps.calendars.get(),
      today,
    );
    return { today, assessed, entities };
  }

  /** Every cluster in the scope with its next obligation, plan and conformance. */
  async fleet(
    query: FleetQuery,
    scope: ClusterScope,
  ): Promise<FleetUpgradesResponse> {
    const filter = scope.criteria && catalogFilterOfScope(scope.criteria);
    const fleet = await this.assessFleet(filter);
    // Criteria the catalog filter cannot express are checked on each cluster.
    const entities = fleet.entities.filter(e =>
      scope.includes(clusterResourceOf(e)),
    );
    const refs = new Set(entities.map(e => stringifyEntityRef(e)));
    const { today } = fleet;
    const assessed = fleet.assessed.filter(a => refs.has(a.cluster.entityRef));
    const plans = await this.deps.store.getPlans(
      assessed.map(a => a.cluster.entityRef),
    );
    const conformance = await this.deps.conformance.assessAll(
      entities.flatMap(e => conformanceClusterOf(e) ?? []),
    );
    const items = assessed
      .map(
        ({ cluster, assessment }): FleetUpgradeItem => ({
          cluster,
          qualified: assessment.qualified,
          withinSupportedWindow: assessment.withinSupportedWindow,
          next: assessment.next ?? null,
          status: assessment.next?.status ?? 'unknown',
          plan: plans.get(cluster.entityRef) ?? null,
          conformance: conformance.get(cluster.entityRef)!,
        }),
      )
      .filter(
        item =>
          (query.customer.length === 0 ||
            query.customer.includes(item.cluster.customer)) &&
          (query.owner.length === 0 ||
            query.owner.includes(item.cluster.owner)) &&
          (query.status.length === 0 || query.status.includes(item.status)),
      )
      .sort(byDaysLeft(query.order));
    return { today, items };
  }

  async savePlan(
    entity: Entity,
    plan: Pick<UpgradePlan, 'plannedDate' | 'state' | 'note'>,
    userRef: string,
  ): Promise<UpgradePlan> {
    return this.deps.store.savePlan(stringifyEntityRef(entity), plan, userRef);
  }
}
