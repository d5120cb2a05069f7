/**
 * The outcome of a conformance run: passed only without a failed spec.
 * @public
 */
export type ConformanceRunStatus = 'passed' | 'failed';

/**
 * A failed conformance spec and what it reported.
 * @public
 */
export interface ConformanceFailure {
  name: string;
  message: string;
}

/**
 * One conformance run of a cluster, as stored and served.
 * @public
 */
export interface ConformanceRun {
  id: string;
  /** entity ref of the cluster */
  cluster: string;
  /** as the run reported it, e.g. `v1.33.0`; `minor` is its release line, e.g. `1.33` */
  kubernetesVersion: string;
  kubernetesMinor: string;
  finishedAt: string;
  /** as Ginkgo's summary counts them: `passed + failed` specs ran */
  passed: number;
  failed: number;
  skipped: number;
  /** of the passed specs, those that only passed on a retry (known from an e2e.log) */
  flaked: number;
  /** failed when a spec or a suite-level node failed, or the suite said so */
  status: ConformanceRunStatus;
  /** the first 1,000 failures, of specs and of suite-level nodes */
  failures: ConformanceFailure[];
  /** what was uploaded: a Sonobuoy retrieve tarball or a junit XML */
  source: 'sonobuoy' | 'junit';
  /** the e2e.log summary line the counts were checked against, when there was one */
  logSummary: string | null;
  uploadedAt: string;
  uploadedBy: string;
}

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
export interface ConformanceAssessment {
  status: ConformanceStatus;
  explanation: string;
}

/**
 * `GET /api/mpk/clusters/:namespace/:name/conformance`.
 * @public
 */
export interface ClusterConformanceResponse {
  cluster: string;
  /** the cluster's Kubernetes release line, as the catalog declares it */
  kubernetesVersion: string;
  assessment: ConformanceAssessment;
  latest: ConformanceRun | null;
  /** every run, newest first, without their failures */
  history: Omit<ConformanceRun, 'failures'>[];
}
