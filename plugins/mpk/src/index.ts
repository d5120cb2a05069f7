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
  EntityUpgradeCard,
  UpgradeFleetPage,
  EntitySlaCard,
  EntityTicketsContent,
  SlaCreditsPage,
  SupportPage,
  EntityConformanceCard,
  CustomerScopeNote,
  MpkKubernetesVersionPickerFieldExtension,
  MpkStackComponentsPickerFieldExtension,
} from './plugin';
export {
  rootRouteRef,
  upgradeFleetRouteRef,
  slaCreditsRouteRef,
  supportRouteRef,
  supportTicketRouteRef,
} from './routes';
export { mpkApiRef, MpkClient } from './api';
export type {
  FleetUpgradesQuery,
  MpkApi,
  OpenTicketRequest,
  TicketsQuery,
  UpgradePlanRequest,
} from './api';
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
