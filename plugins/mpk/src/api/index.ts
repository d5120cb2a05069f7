export { mpkApiRef } from './MpkApi';
export type {
  ConformanceUploadRequest,
  FleetReadinessFilter,
  FleetUpgradesQuery,
  MpkApi,
  OpenTicketRequest,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';
export { MpkClient } from './MpkClient';
