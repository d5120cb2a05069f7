export { MaintenanceSummary } from './MaintenanceSummary';
