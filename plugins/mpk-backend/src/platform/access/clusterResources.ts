import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CLUSTER_LABELS } from '@mpk-portal/plugin-mpk-common';
import { MpkClusterResource } from '@mpk-portal/plugin-mpk-node';

/** A cluster entity as the permission rules see it: its ref, customer and owning pod. */
export function clusterResourceOf(entity: Entity): MpkClusterResource {
  const owner = entity.spec?.owner;
  return {
    entityRef: stringifyEntityRef(entity),
    customer: entity.metadata.labels?.[CLUSTER_LABELS.customer],
    owner:
      typeof owner === 'string'
        ? stringifyEntityRef(
            parseEntityRef(owner, {
              defaultKind: 'group',
              defaultNamespace: entity.metadata.namespace ?? 'default',
            }),
          )
        : undefined,
  };
}
