export { SecurityStatusChip } from './SecurityStatusChip';
export { SeverityChip } from './SeverityChip';
export * from './securityWording';
export type {
  ClusterSecurity,
  CorrectedDeviation,
  CustomerDeviation,
  DeviationTrendPoint,
  SecurityDeviation,
  SecurityException,
  SecurityReportSummary,
  SecurityStatus,
  VulnerabilityCount,
} from './securityTypes';
