/**
 * Frontend of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export {
  mpkPlugin,
  EntityClusterOverviewCard,
  EntityStackComponentCard,
  KubernetesStackPage,
} from './plugin';
export { rootRouteRef } from './routes';
export {
  SupportTierPicker,
  SupportTierFilter,
} from './components/SupportTierPicker';
export type {
  SupportTierPickerProps,
  SupportTierFilters,
} from './components/SupportTierPicker';
export {
  isClusterEntity as isMpkClusterAvailable,
  isStackComponentEntity as isStackComponentAvailable,
} from '@mpk-portal/plugin-mpk-common';
