import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  assessConformance,
  ClusterConformanceResponse,
  ConformanceAssessment,
  ConformanceRun,
  isCalendarDate,
  KUBERNETES_VERSION_SINCE_ANNOTATION,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';
import { ContractClock } from '../platform/ContractClock';
import {
  ConformanceRunSummary,
  ConformanceStore,
  NewConformanceRun,
} from './ConformanceStore';

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
      store: ConformanceStore;
      /** in whose time zone a run's age is counted in days */
      clock: ContractClock;
      maxAgeDays: number;
    },
  ) {}

  /** The cluster a result is uploaded for; a 400 naming what its catalog entry lacks. */
  uploadTarget(entity: Entity): ConformanceCluster {
    return this.clusterOf(entity);
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
      this.deps.clock.today(),
      this.deps.clock.timeZone,
      this.deps.maxAgeDays,
    );
  }

  async clusterConformance(
    entity: Entity,
  ): Promise<ClusterConformanceResponse> {
    const cluster = this.clusterOf(entity);
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

  /**
   * When one of the clusters given first passed conformance at or after `from` (e.g. their
   * provisioning); null when none has.
   */
  firstPassedAt(clusterRefs: string[], from: Date): Promise<Date | null> {
    return this.deps.store.firstPassedAt(clusterRefs, from);
  }

  private clusterOf(entity: Entity): ConformanceCluster {
    const result = readClusterFacts(entity);
    if (!result.ok) {
      throw new InputError(
        `The catalog entry of ${stringifyEntityRef(
          entity,
        )} is incomplete: ${result.problems.join('; ')}`,
      );
    }
    return conformanceClusterOf(entity)!;
  }
}
