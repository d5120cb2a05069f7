export { mpkApiRef } from './MpkApi';
export type {
  ConformanceUploadRequest,
  FleetUpgradesQuery,
  MpkApi,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';
export { MpkClient } from './MpkClient';
