import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  assessConformance,
  ClusterConformanceResponse,
  ConformanceAssessment,
  ConformanceRun,
  dateIn,
  isCalendarDate,
  isClusterEntity,
  KUBERNETES_VERSION_SINCE_ANNOTATION,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';
import {
  ConformanceRunSummary,
  ConformanceStore,
  NewConformanceRun,
} from '../database/ConformanceStore';

/** What the rules need of a cluster: its release line and when it started running it. */
export interface ConformanceCluster {
  entityRef: string;
  kubernetesVersion: string;
  versionSince?: string;
}

/** The cluster facts conformance reads from a catalog entity. */
export function conformanceClusterOf(
  entity: Entity,
): ConformanceCluster | undefined {
  const result = readClusterFacts(entity);
  if (!result.ok) return undefined;
  const since =
    entity.metadata.annotations?.[KUBERNETES_VERSION_SINCE_ANNOTATION];
  return {
    entityRef: stringifyEntityRef(entity),
    kubernetesVersion: result.facts.kubernetesVersion.line,
    ...(since && isCalendarDate(since) ? { versionSince: since } : {}),
  };
}

/** Conformance runs of managed clusters, and where each cluster stands. */
export class ConformanceService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: ConformanceStore;
      /** the contract's time zone, in which a run's age is counted in days */
      timeZone: string;
      maxAgeDays: number;
      now?: () => Date;
    },
  ) {}

  now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  /**
   * The cluster a result is uploaded for. Read with the plugin's own credentials: the uploader
   * may be a static-token service restricted to this plugin, which the catalog would refuse.
   */
  async uploadTarget(ref: CompoundEntityRef): Promise<ConformanceCluster> {
    const entity = await this.deps.catalog.getEntityByRef(ref, {
      credentials: await this.deps.auth.getOwnServiceCredentials(),
    });
    return this.clusterOf(ref, entity);
  }

  /** Stores a run; the same results file again for the same cluster returns the first run. */
  record(
    run: NewConformanceRun,
  ): Promise<{ run: ConformanceRun; created: boolean }> {
    return this.deps.store.insertRun(run);
  }

  assess(
    cluster: ConformanceCluster,
    latest: ConformanceRunSummary | null,
  ): ConformanceAssessment {
    return assessConformance(
      cluster,
      latest,
      dateIn(this.deps.timeZone, this.now()),
      this.deps.timeZone,
      this.deps.maxAgeDays,
    );
  }

  async clusterConformance(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<ClusterConformanceResponse> {
    const entity = await this.deps.catalog.getEntityByRef(ref, {
      credentials,
    });
    const cluster = this.clusterOf(ref, entity);
    const history = await this.deps.store.history(cluster.entityRef);
    const latest = history[0]
      ? (await this.deps.store.getRun(history[0].id)) ?? null
      : null;
    return {
      cluster: cluster.entityRef,
      kubernetesVersion: cluster.kubernetesVersion,
      assessment: this.assess(cluster, latest),
      latest,
      history,
    };
  }

  /** Where each cluster stands, for the fleet view. */
  async assessAll(
    clusters: ConformanceCluster[],
  ): Promise<Map<string, ConformanceAssessment>> {
    const latest = await this.deps.store.latestRuns(
      clusters.map(c => c.entityRef),
    );
    return new Map(
      clusters.map(cluster => [
        cluster.entityRef,
        this.assess(cluster, latest.get(cluster.entityRef) ?? null),
      ]),
    );
  }

  private clusterOf(
    ref: CompoundEntityRef,
    entity: Entity | undefined,
  ): ConformanceCluster {
    const entityRef = stringifyEntityRef(ref);
    if (!entity || !isClusterEntity(entity)) {
      throw new NotFoundError(
        `No kubernetes-cluster ${entityRef} in the catalog`,
      );
    }
    const cluster = conformanceClusterOf(entity);
    if (!cluster) {
      const result = readClusterFacts(entity);
      throw new InputError(
        `The catalog entry of ${entityRef} is incomplete: ${
          result.ok ? '' : result.problems.join('; ')
        }`,
      );
    }
    return cluster;
  }
}
