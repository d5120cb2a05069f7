import {
  ApiSchemas,
  SecurityResource,
  SecuritySeverity,
} from '@mpk-portal/plugin-mpk-common';
import { shortEntityName } from '../upgradeWording';
import {
  SecurityDeviation,
  SecurityException,
  SecurityReportSummary,
  SecurityStatus,
} from './securityTypes';

/** Labels of the security statuses. */
export const securityStatusLabels: Record<SecurityStatus, string> = {
  compliant: 'Compliant',
  deviations: 'Deviations',
  stale: 'Stale',
  unknown: 'Unknown',
};

/** The security statuses in the order filters offer them. */
export const SECURITY_STATUS_ORDER: SecurityStatus[] = [
  'deviations',
  'stale',
  'unknown',
  'compliant',
];

/** Labels of the severities. */
export const severityLabels: Record<SecuritySeverity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unknown: 'Unknown severity',
};

/** Labels of the scanners. */
export const securityToolLabels: Record<ApiSchemas['SecurityTool'], string> = {
  'kube-bench': 'kube-bench',
  'trivy-operator': 'Trivy Operator',
  trivy: 'Trivy',
  'policy-report': 'Policy report',
  polaris: 'Polaris',
};

/** Labels of the exception states. */
export const exceptionStateLabels: Record<SecurityException['state'], string> =
  {
    active: 'Active',
    expiring: 'Expiring',
    expired: 'Expired',
  };

/** `1 day` or `n days`. */
export function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** The UTC day of an instant, e.g. `2026-10-01`; as given when unreadable. */
export function describeDay(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime())
    ? instant
    : date.toISOString().slice(0, 10);
}

/**
 * What a finding is on, e.g. `Deployment shop/web`, `namespace shop`; `the whole cluster` when
 * nothing is named.
 */
export function describeResource(resource?: SecurityResource): string {
  if (!resource || (!resource.kind && !resource.name && !resource.namespace)) {
    return 'the whole cluster';
  }
  const { namespace, kind, name } = resource;
  if (!name) {
    const what = kind ? `every ${kind}` : 'everything';
    return namespace ? `${what} in namespace ${namespace}` : what;
  }
  const where = namespace ? `${namespace}/${name}` : name;
  return kind ? `${kind} ${where}` : where;
}

/** A check within its set, e.g. `cis-1.8 / 4.2.1`; `every check of cis-1.8` for `*`. */
export function describeCheck(item: { set: string; check: string }): string {
  return item.check === '*'
    ? `every check of ${item.set}`
    : `${item.set} / ${item.check}`;
}

/** How long a deviation has been open, e.g. `open 44 days (since 2026-10-01)`. */
export function describeAge(
  deviation: Pick<SecurityDeviation, 'ageDays' | 'firstSeen'>,
): string {
  return `open ${days(deviation.ageDays)} (since ${describeDay(
    deviation.firstSeen,
  )})`;
}

/** A report's own counts, e.g. `2 fail, 110 pass, 12 warn`; zero counts left out. */
export function describeCounts(summary: Record<string, number>): string {
  const counts = Object.entries(summary).filter(([, count]) => count > 0);
  return counts.length === 0
    ? 'nothing counted'
    : counts.map(([key, count]) => `${count} ${key}`).join(', ');
}

/** Which report it is, e.g. `Trivy Operator VulnerabilityReport replicaset-web`. */
export function describeReportSource(report: SecurityReportSummary): string {
  const tool = securityToolLabels[report.tool] ?? report.tool;
  const kind = report.kind === report.tool ? '' : ` ${report.kind}`;
  return `${tool}${kind}${report.name ? ` ${report.name}` : ''}`;
}

/** Who approved an exception and when, e.g. `erin on 2026-09-01 10:00 UTC`. */
export function describeApproval(exception: SecurityException): string {
  const who = exception.approvedBy.includes(':')
    ? shortEntityName(exception.approvedBy, 'user')
    : exception.approvedBy;
  return exception.approvedAt
    ? `${who} on ${describeDay(exception.approvedAt)}`
    : who;
}
