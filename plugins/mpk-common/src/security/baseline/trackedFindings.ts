import {
  findingKey,
  ParsedSecurityReport,
  SecurityCheckResult,
  SecurityResource,
  SecuritySeverity,
  VulnerabilityFinding,
} from '../securityModel';
import { isLater } from './instants';
import { VULNERABILITY_SET } from './securityBaseline';

/**
 * A finding as the store keeps it across reports: a failing check, or a vulnerability, on one
 * resource, from the first report that showed it until one showed it gone (`closedAt`).
 * @public
 */
export interface TrackedFinding {
  /** {@link findingKey} of set, check and resource */
  key: string;
  kind: 'check' | 'vulnerability';
  /** the check's set; `vulnerability` for vulnerabilities */
  set: string;
  /** the check; `<id>:<package>` for vulnerabilities */
  check: string;
  title: string;
  severity?: SecuritySeverity;
  /** for checks, whether the control is scored, when the report says */
  scored?: boolean;
  resource?: SecurityResource;
  remediation?: string;
  /** `<tool>/<report kind>` of the latest report that showed it */
  source: string;
  /** for vulnerabilities, whether a fixed version exists */
  fixable?: boolean;
  /** ISO 8601 */
  firstSeen: string;
  /** ISO 8601 */
  lastSeen: string;
  /** ISO 8601; absent while open */
  closedAt?: string;
}

/**
 * What a report changes in the findings the store keeps open.
 * @public
 */
export interface TrackedReportChanges {
  /** findings first seen in the report, and open ones it still shows failing */
  upserts: TrackedFinding[];
  /** open findings the report shows corrected */
  closes: { key: string; closedAt: string }[];
}

/**
 * A report as {@link trackReport} reads it; `resource`, when the parser knows it, is what the
 * report scanned (a Trivy VulnerabilityReport's workload), so that a report listing no
 * vulnerability still closes the ones found there before.
 * @public
 */
export type TrackedReport = ParsedSecurityReport & {
  resource?: SecurityResource;
};

const failing = new Set(['fail', 'error']);

/**
 * The resource a vulnerability is kept under: its own, or else the image it was found in (a
 * Trivy image scan), so that different images keep different findings.
 */
function vulnerabilityResource(
  vulnerability: VulnerabilityFinding,
): SecurityResource | undefined {
  if (vulnerability.resource) return vulnerability.resource;
  return vulnerability.image
    ? { kind: 'Image', name: vulnerability.image }
    : undefined;
}

/**
 * The key of a vulnerability finding: set `vulnerability`, check `<id>:<package>`.
 * @public
 */
export function vulnerabilityKey(vulnerability: VulnerabilityFinding): string {
  return findingKey(
    VULNERABILITY_SET,
    `${vulnerability.id}:${vulnerability.packageName}`,
    vulnerabilityResource(vulnerability),
  );
}

function resourceKey(resource: SecurityResource): string {
  return findingKey('', '', resource);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as T;
}

type Seen = Omit<TrackedFinding, 'firstSeen' | 'lastSeen' | 'closedAt'>;

function checkSeen(check: SecurityCheckResult, source: string): Seen {
  return withoutUndefined({
    key: findingKey(check.set, check.check, check.resource),
    kind: 'check' as const,
    set: check.set,
    check: check.check,
    title: check.title,
    severity: check.severity,
    scored: check.scored,
    resource: check.resource,
    remediation: check.remediation,
    source,
  });
}

function vulnerabilitySeen(
  vulnerability: VulnerabilityFinding,
  source: string,
): Seen {
  const { id, packageName, installedVersion, fixedVersion } = vulnerability;
  return withoutUndefined({
    key: vulnerabilityKey(vulnerability),
    kind: 'vulnerability' as const,
    set: VULNERABILITY_SET,
    check: `${id}:${packageName}`,
    title: vulnerability.title ? `${id}: ${vulnerability.title}` : id,
    severity: vulnerability.severity,
    resource: vulnerabilityResource(vulnerability),
    remediation: fixedVersion
      ? `Upgrade ${packageName} from ${installedVersion} to ${fixedVersion}`
      : undefined,
    source,
    fixable: fixedVersion !== undefined,
  });
}

/**
 * What a report observed `at` (ISO 8601) changes in the open findings:
 * - a check with status `fail` or `error` is failing: new, with `firstSeen` = `at`, or still
 *   failing, with `lastSeen` = `at` and its `firstSeen` kept;
 * - a check with status `pass` closes the open finding of its key; `warn`, `info` and `skip`
 *   change nothing;
 * - every vulnerability of the report is failing (fixable when it has a fixed version); an open
 *   vulnerability finding on a resource the report covers (one its vulnerabilities are on, or
 *   the report's own resource) that the report no longer lists is closed.
 *
 * A key failing anywhere in the report is not closed by it, and a report older than the last
 * one that showed a finding failing closes nothing of it (reports may arrive out of order).
 * @public
 */
export function trackReport(
  open: readonly TrackedFinding[],
  report: TrackedReport,
  at: string,
): TrackedReportChanges {
  const source = `${report.tool}/${report.kind}`;
  const openByKey = new Map(
    open.filter(finding => !finding.closedAt).map(f => [f.key, f]),
  );

  const seen = new Map<string, Seen>();
  const passed = new Set<string>();
  for (const check of report.checks) {
    if (failing.has(check.status)) {
      const finding = checkSeen(check, source);
      seen.set(finding.key, finding);
    } else if (check.status === 'pass') {
      passed.add(findingKey(check.set, check.check, check.resource));
    }
  }
  const covered = new Set<string>();
  if (report.resource) covered.add(resourceKey(report.resource));
  for (const vulnerability of report.vulnerabilities) {
    const finding = vulnerabilitySeen(vulnerability, source);
    seen.set(finding.key, finding);
    if (finding.resource) covered.add(resourceKey(finding.resource));
  }

  const upserts = [...seen.values()].map((finding): TrackedFinding => {
    const before = openByKey.get(finding.key);
    if (!before) return { ...finding, firstSeen: at, lastSeen: at };
    return {
      ...finding,
      firstSeen: isLater(before.firstSeen, at) ? at : before.firstSeen,
      lastSeen: isLater(before.lastSeen, at) ? before.lastSeen : at,
    };
  });

  const closes: TrackedReportChanges['closes'] = [];
  for (const finding of openByKey.values()) {
    if (seen.has(finding.key) || !isLater(at, finding.lastSeen)) continue;
    const corrected =
      finding.kind === 'check'
        ? passed.has(finding.key)
        : finding.resource !== undefined &&
          covered.has(resourceKey(finding.resource));
    if (corrected) closes.push({ key: finding.key, closedAt: at });
  }
  return { upserts, closes };
}
