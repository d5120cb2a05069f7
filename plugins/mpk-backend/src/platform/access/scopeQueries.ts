import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  CLUSTER_ENTITY_FILTER,
  CLUSTER_LABELS,
} from '@mpk-portal/plugin-mpk-common';
import { MpkClusterQuery } from '@mpk-portal/plugin-mpk-node';

/** One alternative of a catalog filter: every key must match. */
export type CatalogFilter = Record<string, string | string[]>;

/**
 * The catalog filter (an OR of ANDs) that selects the clusters of a scope, so that a list is
 * filtered in the catalog's query; `undefined` for criteria it cannot express (a `not`, or an
 * `allOf` of two rules on one key), which are then checked on each cluster instead.
 */
export function catalogFilterOfScope(
  criteria: PermissionCriteria<MpkClusterQuery>,
): CatalogFilter[] | undefined {
  if ('anyOf' in criteria) {
    const parts = criteria.anyOf.map(catalogFilterOfScope);
    return parts.every(p => p !== undefined) ? parts.flat() : undefined;
  }
  if ('allOf' in criteria) {
    const parts = criteria.allOf.map(catalogFilterOfScope);
    if (parts.some(p => p === undefined || p.length !== 1)) return undefined;
    const merged: CatalogFilter = {};
    for (const [part] of parts as CatalogFilter[][]) {
      for (const [key, value] of Object.entries(part)) {
        if (key in merged && merged[key] !== value) return undefined;
        merged[key] = value;
      }
    }
    return [merged];
  }
  if ('not' in criteria) return undefined;
  // An empty list selects nothing; a catalog filter with no values would select everything.
  const [key, values] =
    'customers' in criteria
      ? [`metadata.labels.${CLUSTER_LABELS.customer}`, criteria.customers]
      : ['relations.ownedBy', criteria.owners];
  return values.length === 0
    ? []
    : [{ ...CLUSTER_ENTITY_FILTER, [key]: values }];
}
