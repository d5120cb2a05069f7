export { mpkApiRef } from './MpkApi';
export type { FleetUpgradesQuery, MpkApi, UpgradePlanRequest } from './MpkApi';
export { MpkClient } from './MpkClient';
