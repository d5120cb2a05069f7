/**
 * The scanners whose reports the portal reads.
 * @public
 */
export const SECURITY_TOOLS = [
  'kube-bench',
  'trivy-operator',
  'trivy',
  'policy-report',
  'polaris',
] as const;

/** @public */
export type SecurityTool = (typeof SECURITY_TOOLS)[number];

/**
 * The outcome of one check, in the words PolicyReport uses (kube-bench's PASS / FAIL / WARN /
 * INFO, Trivy's success, Polaris' success map onto them).
 * @public
 */
export const CHECK_STATUSES = [
  'pass',
  'fail',
  'warn',
  'info',
  'error',
  'skip',
] as const;

/** @public */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * Severities, most severe first, as every scanner's own severity maps onto them.
 * @public
 */
export const SECURITY_SEVERITIES = [
  'critical',
  'high',
  'medium',
  'low',
  'unknown',
] as const;

/** @public */
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

/**
 * What a check or vulnerability was found on; absent fields mean cluster-wide.
 * @public
 */
export interface SecurityResource {
  namespace?: string;
  kind?: string;
  name?: string;
}

/**
 * One check of a report.
 * @public
 */
export interface SecurityCheckResult {
  /**
   * The set the check belongs to, as a baseline names it: a benchmark (`cis-1.5`, `eks-1.8.0`),
   * a policy of a policy report (`require-labels`, `api-server:anonymous-auth`), a compliance spec
   * (`k8s-nsa-1.0`), `trivy-config-audit`, `polaris`.
   */
  set: string;
  /** the check within its set: a control (`4.2.1`), a rule, a check id (`KSV001`) */
  check: string;
  title: string;
  status: CheckStatus;
  severity?: SecuritySeverity;
  /** kube-bench and CIS policy reports: whether the control is scored */
  scored?: boolean;
  resource?: SecurityResource;
  remediation?: string;
}

/**
 * One vulnerability of an image or workload.
 * @public
 */
export interface VulnerabilityFinding {
  /** e.g. `CVE-2019-20367` */
  id: string;
  severity: SecuritySeverity;
  packageName: string;
  installedVersion: string;
  /** the version that fixes it; absent when no fix exists (not fixable) */
  fixedVersion?: string;
  title?: string;
  image?: string;
  resource?: SecurityResource;
}

/**
 * One report as read from a scanner's output, whatever its format.
 * @public
 */
export interface ParsedSecurityReport {
  tool: SecurityTool;
  /**
   * What the report is: `kube-bench`, `VulnerabilityReport`, `ConfigAuditReport`,
   * `ClusterComplianceReport`, `PolicyReport`, `ClusterPolicyReport`, `Report`, `ClusterReport`,
   * `trivy-image` or `polaris-audit`
   */
  kind: string;
  /** the report's own name (`metadata.name`), when it has one */
  name?: string;
  /** when the scanner says it produced the report (ISO 8601), if it says */
  generatedAt?: string;
  /**
   * The tool's own counts, as it states them: kube-bench `pass`, `fail`, `warn`, `info`;
   * policy reports `pass`, `fail`, `warn`, `error`, `skip`; Trivy vulnerability reports
   * `critical`, `high`, `medium`, `low`, `unknown`; others what they count.
   */
  summary: Record<string, number>;
  checks: SecurityCheckResult[];
  vulnerabilities: VulnerabilityFinding[];
}

/**
 * Reading a scanner's output: its reports (a list yields several), or every problem found.
 * `tooLarge` marks input over a count bound (the route answers 413).
 * @public
 */
export type SecurityReportParseResult =
  | { ok: true; reports: ParsedSecurityReport[] }
  | { ok: false; tooLarge?: boolean; problems: string[] };

/**
 * The key that identifies a finding across reports, so that the same failing check on the same
 * resource in two reports is one deviation: `set|check|namespace/kind/name`.
 * @public
 */
export function findingKey(
  set: string,
  check: string,
  resource?: SecurityResource,
): string {
  const where = resource
    ? `${resource.namespace ?? ''}/${resource.kind ?? ''}/${resource.name ?? ''}`
    : '';
  return `${set}|${check}|${where}`;
}
