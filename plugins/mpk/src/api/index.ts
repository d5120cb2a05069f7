export { mpkApiRef } from './MpkApi';
export type {
  FleetUpgradesQuery,
  MpkApi,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';
export { MpkClient } from './MpkClient';
