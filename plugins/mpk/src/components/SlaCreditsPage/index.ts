export { SlaCreditsPage } from './SlaCreditsPage';
