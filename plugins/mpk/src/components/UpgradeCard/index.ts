export { UpgradeCard } from './UpgradeCard';
