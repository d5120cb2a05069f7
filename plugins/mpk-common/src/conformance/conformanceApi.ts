import { ApiSchemas } from '../schema/apiSchemas';
/**
 * The outcome of a conformance run: passed only without a failed spec.
 * @public
 */
export type ConformanceRunStatus = ApiSchemas['ConformanceRunStatus'];

/**
 * A failed conformance spec and what it reported.
 * @public
 */
export type ConformanceFailure = ApiSchemas['ConformanceFailure'];

/**
 * One conformance run of a cluster, as stored and served.
 * @public
 */
export type ConformanceRun = ApiSchemas['ConformanceRun'];

/**
 * Where a cluster stands on conformance.
 * @public
 */
export const CONFORMANCE_STATUSES = [
  'non-conformant',
  'stale',
  'unknown',
  'conformant',
] as const;

/** @public */
export type ConformanceStatus = (typeof CONFORMANCE_STATUSES)[number];

/**
 * A cluster's conformance status and why.
 * @public
 */
export type ConformanceAssessment = ApiSchemas['ConformanceAssessment'];

/**
 * `GET /api/mpk/clusters/:namespace/:name/conformance`.
 * @public
 */
export type ClusterConformanceResponse =
  ApiSchemas['ClusterConformanceResponse'];
