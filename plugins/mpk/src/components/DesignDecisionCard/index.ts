export { DesignDecisionCard } from './DesignDecisionCard';
