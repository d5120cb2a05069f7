import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLUSTER_ENTITY_FILTER,
  CLUSTER_LABELS,
} from '@mpk-portal/plugin-mpk-common';
import { clusterResourceOf } from './clusterResources';
import { ClusterScope } from './MpkAccessControl';
import { catalogFilterOfScope } from './scopeQueries';

/**
 * The clusters of a scope (of the given customers, when any are given), read with the plugin's
 * own credentials and filtered in the catalog's query where the scope allows.
 */
export async function clustersInScope(
  deps: { catalog: CatalogService; auth: AuthService },
  scope: ClusterScope,
  customers: string[] = [],
): Promise<Entity[]> {
  const scoped = scope.criteria && catalogFilterOfScope(scope.criteria);
  if (scoped?.length === 0) return [];
  const byCustomer =
    customers.length > 0
      ? { [`metadata.labels.${CLUSTER_LABELS.customer}`]: customers }
      : {};
  const filter = (scoped ?? [{}]).map(part => ({
    ...CLUSTER_ENTITY_FILTER,
    ...part,
    ...byCustomer,
  }));
  const { items } = await deps.catalog.getEntities(
    { filter },
    { credentials: await deps.auth.getOwnServiceCredentials() },
  );
  return items.filter(entity => {
    const customer = entity.metadata.labels?.[CLUSTER_LABELS.customer];
    return (
      scope.includes(clusterResourceOf(entity)) &&
      (customers.length === 0 || (customer && customers.includes(customer)))
    );
  });
}
