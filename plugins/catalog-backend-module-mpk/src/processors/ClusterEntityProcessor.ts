import {
  Entity,
  getCompoundEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  isClusterEntity,
  parseMaintenanceSchedule,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';

/**
 * Relation from a managed cluster to the customer group it runs for.
 * @public
 */
export const RELATION_CLUSTER_OF = 'clusterOf';

/**
 * Relation from a customer group to each managed cluster it has.
 * @public
 */
export const RELATION_HAS_CLUSTER = 'hasCluster';

/**
 * Checks that every `kubernetes-cluster` Resource states the facts the contract rules need (and,
 * when it declares them, maintenance windows the planning rules can read), and
 * relates it to its customer and to the stack components installed on it (`dependsOn`, the
 * relation the catalog graph and dependency cards already show).
 *
 * A cluster with missing or malformed facts is reported as a processing error, so the catalog keeps
 * its last good version rather than one the rules cannot read.
 * @public
 */
export class ClusterEntityProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'MpkClusterEntityProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isClusterEntity(entity)) {
      return entity;
    }
    const result = readClusterFacts(entity);
    const maintenance =
      entity.spec?.maintenance === undefined
        ? undefined
        : parseMaintenanceSchedule(entity.spec.maintenance, 'spec.maintenance');
    const problems = [
      ...(result.ok ? [] : result.problems),
      ...(maintenance && !maintenance.ok ? maintenance.problems : []),
    ];
    if (!result.ok || problems.length > 0) {
      emit(
        processingResult.inputError(
          location,
          `Cluster ${stringifyEntityRef(entity)} in ${
            location.target
          }: ${problems.join('; ')}`,
        ),
      );
      return entity;
    }
    const cluster = getCompoundEntityRef(entity);
    const customer = {
      kind: 'Group',
      namespace: entity.metadata.namespace ?? 'default',
      name: result.facts.customer,
    };
    emit(
      processingResult.relation({
        source: cluster,
        type: RELATION_CLUSTER_OF,
        target: customer,
      }),
    );
    emit(
      processingResult.relation({
        source: customer,
        type: RELATION_HAS_CLUSTER,
        target: cluster,
      }),
    );
    for (const installed of result.facts.installedComponents) {
      const component = {
        kind: 'Component',
        namespace: cluster.namespace,
        name: installed.component,
      };
      emit(
        processingResult.relation({
          source: cluster,
          type: RELATION_DEPENDS_ON,
          target: component,
        }),
      );
      emit(
        processingResult.relation({
          source: component,
          type: RELATION_DEPENDENCY_OF,
          target: cluster,
        }),
      );
    }
    return entity;
  }
}
