export { SecurityDeviationsPage } from './SecurityDeviationsPage';
