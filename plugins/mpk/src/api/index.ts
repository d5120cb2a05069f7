export { mpkApiRef } from './MpkApi';
export type {
  ConformanceUploadRequest,
  FleetReadinessFilter,
  FleetSecurityFilter,
  FleetUpgradesQuery,
  MpkApi,
  OpenTicketRequest,
  SecurityExceptionRequest,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';
export { MpkClient } from './MpkClient';
