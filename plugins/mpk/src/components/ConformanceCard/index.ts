export { ConformanceCard } from './ConformanceCard';
