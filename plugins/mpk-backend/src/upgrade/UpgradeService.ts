import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLUSTER_LABELS,
  CLUSTER_RESOURCE_TYPE,
  ClusterUpgradeResponse,
  dateIn,
  FleetUpgradeItem,
  FleetUpgradesResponse,
  isClusterEntity,
  ObligationStatus,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import { ReleaseCalendars } from '../calendars/ReleaseCalendars';
import { UpgradeStore } from '../database/UpgradeStore';
import { AssessedCluster, assessClusters } from './assessClusters';

const clusterFilter = { kind: 'Resource', 'spec.type': CLUSTER_RESOURCE_TYPE };

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
      calendars: ReleaseCalendars;
      store: UpgradeStore;
      /** the contract's time zone, in which "today" is counted */
      timeZone: string;
      now?: () => Date;
    },
  ) {}

  today(): string {
    return dateIn(this.deps.timeZone, (this.deps.now ?? (() => new Date()))());
  }

  async clusterUpgrade(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<ClusterUpgradeResponse> {
    const entityRef = stringifyEntityRef(ref);
    const entity = await this.deps.catalog.getEntityByRef(ref, { credentials });
    if (!entity || !isClusterEntity(entity)) {
      throw new NotFoundError(
        `No kubernetes-cluster ${entityRef} in the catalog`,
      );
    }
    const customer = entity.metadata.labels?.[CLUSTER_LABELS.customer];
    const { items: customerClusters } = customer
      ? await this.deps.catalog.getEntities(
          {
            filter: {
              ...clusterFilter,
              [`metadata.labels.${CLUSTER_LABELS.customer}`]: customer,
            },
          },
          { credentials },
        )
      : { items: [] };
    const others = customerClusters.filter(
      e => stringifyEntityRef(e) !== entityRef,
    );
    const today = this.today();
    const { assessed, incomplete } = assessClusters(
      [entity, ...others],
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
    return { today, ...own, plan: plans.get(entityRef) ?? null };
  }

  /** Every cluster of the catalog whose entry is complete, assessed on today. */
  async assessFleet(
    credentials: BackstageCredentials,
  ): Promise<{ today: string; assessed: AssessedCluster[] }> {
    const { items: entities } = await this.deps.catalog.getEntities(
      { filter: clusterFilter },
      { credentials },
    );
    const today = this.today();
    const { assessed } = assessClusters(
      entities,
      this.deps.calendars.get(),
      today,
    );
    return { today, assessed };
  }

  async fleet(
    query: FleetQuery,
    credentials: BackstageCredentials,
  ): Promise<FleetUpgradesResponse> {
    const { today, assessed } = await this.assessFleet(credentials);
    const plans = await this.deps.store.getPlans(
      assessed.map(a => a.cluster.entityRef),
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
    ref: CompoundEntityRef,
    plan: Pick<UpgradePlan, 'plannedDate' | 'state' | 'note'>,
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<UpgradePlan> {
    const entity = await this.deps.catalog.getEntityByRef(ref, { credentials });
    if (!entity || !isClusterEntity(entity)) {
      throw new NotFoundError(
        `No kubernetes-cluster ${stringifyEntityRef(ref)} in the catalog`,
      );
    }
    return this.deps.store.savePlan(stringifyEntityRef(entity), plan, userRef);
  }
}
