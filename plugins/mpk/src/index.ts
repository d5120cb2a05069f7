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
  EntitySecurityCard,
  SecurityDeviationsPage,
  CustomerScopeNote,
  EntityDesignDecisionCard,
  OnboardingPage,
  MpkKubernetesVersionPickerFieldExtension,
  MpkStackComponentsPickerFieldExtension,
} from './plugin';
export {
  rootRouteRef,
  upgradeFleetRouteRef,
  slaCreditsRouteRef,
  supportRouteRef,
  supportTicketRouteRef,
  onboardingRouteRef,
  securityDeviationsRouteRef,
} from './routes';
export { mpkApiRef, MpkClient } from './api';
export type {
  FleetReadinessFilter,
  FleetSecurityFilter,
  FleetUpgradesQuery,
  MpkApi,
  OpenTicketRequest,
  SecurityExceptionRequest,
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
export { isDesignEntity as isMpkDesignAvailable } from './components/design/designEntity';
export {
  isClusterEntity as isMpkClusterAvailable,
  isStackComponentEntity as isStackComponentAvailable,
} from '@mpk-portal/plugin-mpk-common';
