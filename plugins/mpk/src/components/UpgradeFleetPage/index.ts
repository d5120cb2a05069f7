export { UpgradeFleetPage } from './UpgradeFleetPage';
