import { ApiSchemas } from '@mpk-portal/plugin-mpk-common';

/** A cluster's security posture, as `GET /clusters/{namespace}/{name}/security` answers it. */
export type ClusterSecurity = ApiSchemas['ClusterSecurityResponse'];
export type SecurityStatus = ApiSchemas['SecurityStatus'];
export type SecurityDeviation = ApiSchemas['SecurityDeviation'];
export type CorrectedDeviation = ApiSchemas['CorrectedDeviation'];
export type SecurityException = ApiSchemas['SecurityException'];
export type SecurityReportSummary = ApiSchemas['SecurityReportSummary'];
export type VulnerabilityCount = ApiSchemas['VulnerabilityCount'];
export type DeviationTrendPoint = ApiSchemas['DeviationTrendPoint'];
export type CustomerDeviation = ApiSchemas['CustomerDeviation'];
