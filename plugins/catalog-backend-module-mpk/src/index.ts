/**
 * Catalog module of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { catalogModuleMpk as default } from './module';
export {
  ClusterEntityProcessor,
  RELATION_CLUSTER_OF,
  RELATION_HAS_CLUSTER,
} from './processors/ClusterEntityProcessor';
export {
  mpkCatalogConditions,
  mpkCatalogPermissionRules,
} from './permissions/catalogPermissionRules';
