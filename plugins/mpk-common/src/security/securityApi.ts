import { ApiSchemas } from '../schema/apiSchemas';

/**
 * A cluster's security status against its customer's baseline.
 * @public
 */
export const SECURITY_STATUSES = [
  'deviations',
  'stale',
  'unknown',
  'compliant',
] as const;

/** @public */
export type SecurityStatus = (typeof SECURITY_STATUSES)[number];

/**
 * A stored report and the tool's own counts.
 * @public
 */
export type SecurityReportSummary = ApiSchemas['SecurityReportSummary'];

/**
 * An exception to the agreed baseline, from the baseline file or approved in the portal.
 * @public
 */
export type SecurityException = ApiSchemas['SecurityException'];

/**
 * A failing agreed check, or a vulnerability threshold crossed, with no active exception.
 * @public
 */
export type SecurityDeviation = ApiSchemas['SecurityDeviation'];

/**
 * `GET /api/mpk/clusters/:namespace/:name/security`.
 * @public
 */
export type ClusterSecurityResponse = ApiSchemas['ClusterSecurityResponse'];

/**
 * `GET /api/mpk/security/deviations?customer=`.
 * @public
 */
export type CustomerDeviationsResponse =
  ApiSchemas['CustomerDeviationsResponse'];
