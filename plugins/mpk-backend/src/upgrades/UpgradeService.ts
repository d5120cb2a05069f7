import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ApiUsageScanInput,
  assessUpgradeReadiness,
  CLUSTER_ENTITY_FILTER,
  CLUSTER_LABELS,
  ClusterUpgradeResponse,
  DeprecatedApiReport,
  FleetUpgradeItem,
  FleetUpgradesResponse,
  isFulfilled,
  ObligationStatus,
  parseKubernetesVersion,
  SecurityStatus,
  UpgradeObligation,
  upgradeOrderWarning,
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
import {
  KubernetesLiveFacts,
  LiveClusterFacts,
} from './live/KubernetesLiveFacts';
import {
  clusterMaintenance,
  requirePlannableDate,
} from './maintenance/clusterMaintenance';
import { PlatformStack, readPlatformStack } from './platformStack';
import { DeprecatedApiReportStore } from './readiness/DeprecatedApiReportStore';
import { UpgradeStore } from './UpgradeStore';
import { SecurityService } from '../security/SecurityService';

/** The Kubernetes plugin's annotation naming an entity's cluster in its configuration. */
const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';

/** Filters and order of the fleet view; an empty list means no filter. */
export interface FleetQuery {
  customer: string[];
  owner: string[];
  status: ObligationStatus[];
  readiness?: 'ready' | 'blocked';
  security: SecurityStatus[];
  order: 'asc' | 'desc';
}

function scanOfReport(report: DeprecatedApiReport): ApiUsageScanInput {
  return {
    tool: report.tool,
    observedAt: report.uploadedAt,
    uploadedBy: report.uploadedBy,
    findings: report.findings,
  };
}

/** What the provider already fulfilled, the latest first. */
function historyOf(obligations: UpgradeObligation[]): UpgradeObligation[] {
  return obligations
    .filter(isFulfilled)
    .sort((a, b) => (b.metOn ?? '').localeCompare(a.metOn ?? ''));
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
      reports: Pick<DeprecatedApiReportStore, 'latest'>;
      security: Pick<SecurityService, 'summaries'>;
    },
  ) {}

  /** The stack's certified releases and compatibility tables, as the catalog has them now. */
  platformStack(): Promise<PlatformStack> {
    return readPlatformStack(this.deps.catalog, this.deps.auth);
  }

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
    const { live, counted, facts } = await this.withLiveFacts(entity);
    const today = this.deps.clock.today();
    const stack = await this.platformStack();
    const { assessed, incomplete } = assessClusters(
      [counted, ...others],
      this.deps.calendars.get(),
      today,
      stack.certifiedReleases,
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
    const report = (await this.deps.reports.latest([entityRef])).get(entityRef);
    const scans = [
      ...(report ? [scanOfReport(report)] : []),
      ...(facts?.deprecatedApiUsage
        ? [{ tool: 'apiserver-metric' as const, ...facts.deprecatedApiUsage }]
        : []),
    ];
    const readiness = assessUpgradeReadiness(
      {
        kubernetesVersion: own.cluster.kubernetesVersion,
        workerNodeVersions: own.cluster.workerNodeVersions,
        nodeVersionsFrom:
          live && facts?.kubeletVersions.length
            ? `the Kubernetes API of ${live.kubernetesCluster}`
            : 'the catalog',
        installedComponents: own.installedComponents,
        scans,
      },
      stack.technologies,
    );
    return {
      today,
      cluster: own.cluster,
      assessment: own.assessment,
      live,
      plan: plans.get(entityRef) ?? null,
      readiness,
      maintenance: clusterMaintenance(own.maintenance, {
        now: this.deps.clock.now(),
        today,
        deadline: own.assessment.next?.dueDate,
      }),
      orderWarning: upgradeOrderWarning(
        own.cluster,
        assessed.map(a => a.cluster),
      ),
    };
  }

  /**
   * Where the entity names its cluster in the Kubernetes plugin, the versions its API reports
   * replace the declared ones for counting; the response says so, and whether they disagree.
   */
  private async withLiveFacts(entity: Entity): Promise<{
    live: ClusterUpgradeResponse['live'];
    counted: Entity;
    facts?: LiveClusterFacts;
  }> {
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
      facts,
      live: {
        kubernetesCluster,
        serverVersion: facts.serverVersion,
        kubeletVersions: facts.kubeletVersions,
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
    stack: PlatformStack;
  }> {
    const { items: entities } =
      filter?.length === 0
        ? { items: [] }
        : await this.deps.catalog.getEntities(
            { filter: filter ?? CLUSTER_ENTITY_FILTER },
            { credentials: await this.deps.auth.getOwnServiceCredentials() },
          );
    const today = this.deps.clock.today();
    const stack = await this.platformStack();
    const { assessed } = assessClusters(
      entities,
      this.deps.calendars.get(),
      today,
      stack.certifiedReleases,
    );
    return { today, assessed, entities, stack };
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
    const reports = await this.deps.reports.latest(
      assessed.map(a => a.cluster.entityRef),
    );
    const security = await this.deps.security.summaries(entities);
    const items = assessed
      .map(({ cluster, assessment, installedComponents }): FleetUpgradeItem => {
        const report = reports.get(cluster.entityRef);
        // The fleet judges from the catalog and uploaded scans: reading every cluster's API
        // on each request would not scale; the cluster's own page reads it.
        const readiness = assessUpgradeReadiness(
          {
            kubernetesVersion: cluster.kubernetesVersion,
            workerNodeVersions: cluster.workerNodeVersions,
            nodeVersionsFrom: 'the catalog',
            installedComponents,
            scans: report ? [scanOfReport(report)] : [],
          },
          fleet.stack.technologies,
        );
        return {
          cluster,
          qualified: assessment.qualified,
          withinSupportedWindow: assessment.withinSupportedWindow,
          next: assessment.next ?? null,
          status: assessment.next?.status ?? 'unknown',
          plan: plans.get(cluster.entityRef) ?? null,
          conformance: conformance.get(cluster.entityRef)!,
          history: historyOf(assessment.obligations),
          readiness: {
            targetVersion: readiness.targetVersion,
            ready: readiness.ready,
            blockers: readiness.blockers,
            warnings: readiness.warnings.length,
          },
          security: security.get(cluster.entityRef)!,
        };
      })
      .filter(
        item =>
          (query.customer.length === 0 ||
            query.customer.includes(item.cluster.customer)) &&
          (query.owner.length === 0 ||
            query.owner.includes(item.cluster.owner)) &&
          (query.status.length === 0 || query.status.includes(item.status)) &&
          (query.readiness === undefined ||
            item.readiness.ready === (query.readiness === 'ready')) &&
          (query.security.length === 0 ||
            query.security.includes(item.security.status)),
      )
      .sort(byDaysLeft(query.order));
    return { today, items };
  }

  /**
   * Records a plan; a planned (or in-progress) date must fall in one of the cluster's
   * maintenance windows and outside its freezes. A finished upgrade records the day it was done.
   */
  async savePlan(
    entity: Entity,
    plan: Pick<UpgradePlan, 'plannedDate' | 'state' | 'note'>,
    userRef: string,
  ): Promise<UpgradePlan> {
    if (plan.state !== 'done') {
      requirePlannableDate(
        entity.spec?.maintenance,
        entity.metadata.title ?? entity.metadata.name,
        plan.plannedDate,
      );
    }
    return this.deps.store.savePlan(stringifyEntityRef(entity), plan, userRef);
  }
}
