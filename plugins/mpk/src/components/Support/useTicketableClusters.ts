import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  CLUSTER_ENTITY_FILTER,
  ClusterEnvironment,
  mpkTicketCreatePermission,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * Whether the policy allowed a request: `AuthorizeResult.ALLOW` is the string `ALLOW` (the enum
 * lives in `@backstage/plugin-permission-common`, which this package only has for its tests).
 */
const isAllowed = (decision: { result: string }) => decision.result === 'ALLOW';

/** A cluster a ticket can be opened for. */
export interface TicketableCluster {
  /** entity ref, e.g. `resource:default/acme-prod` */
  entityRef: string;
  title: string;
  customer?: string;
  /** from the catalog; unset when the cluster's facts are incomplete there */
  environment?: ClusterEnvironment;
}

function ticketableCluster(entity: Entity): TicketableCluster {
  const result = readClusterFacts(entity);
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    customer: result.ok ? result.facts.customer : undefined,
    environment: result.ok ? result.facts.environment : undefined,
  };
}

/** The clusters a user may open tickets for, and how many the catalog shows them in all. */
export interface TicketableClusters {
  clusters: TicketableCluster[];
  /** the clusters the catalog shows the user, allowed or not */
  catalogCount: number;
}

/**
 * The clusters the user may open a ticket for: the catalog's clusters, each asked of the permission
 * policy (`mpk.ticket.create` on the cluster) in one batch, sorted by title. `value` is unset while
 * loading.
 */
export function useTicketableClusters() {
  const catalogApi = useApi(catalogApiRef);
  const permissionApi = useApi(permissionApiRef);
  return useAsync(async (): Promise<TicketableClusters> => {
    const { items } = await catalogApi.getEntities({
      filter: CLUSTER_ENTITY_FILTER,
    });
    // Asked together, the permission API sends the questions in one request.
    const decisions = await Promise.all(
      items.map(entity =>
        permissionApi.authorize({
          permission: mpkTicketCreatePermission,
          resourceRef: stringifyEntityRef(entity),
        }),
      ),
    );
    const clusters = items
      .filter((_, index) => isAllowed(decisions[index]))
      .map(ticketableCluster)
      .sort((a, b) => a.title.localeCompare(b.title));
    return { clusters, catalogCount: items.length };
  }, [catalogApi, permissionApi]);
}
