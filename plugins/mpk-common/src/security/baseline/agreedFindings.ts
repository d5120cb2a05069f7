import { SecurityCheckResult, SecuritySeverity } from '../securityModel';
import { ageInDays } from './instants';
import { SecurityBaseline } from './securityBaseline';
import { matchesSetPattern } from './setPatterns';

/**
 * Whether a check is one the customer agreed to: its set is a benchmark of the baseline (and the
 * control is scored, when the benchmark counts scored controls only), or matches one of its
 * policy sets (`*` standing for any text). A check whose report does not say whether it is
 * scored counts as scored; only controls known to be unscored are left out.
 * @public
 */
export function isAgreedCheck(
  baseline: Pick<SecurityBaseline, 'benchmarks' | 'policySets'>,
  check: Pick<SecurityCheckResult, 'set' | 'scored'>,
): boolean {
  return (
    baseline.benchmarks.some(
      benchmark =>
        benchmark.set === check.set &&
        (!benchmark.scoredOnly || check.scored !== false),
    ) ||
    baseline.policySets.some(policySet =>
      matchesSetPattern(policySet.set, check.set),
    )
  );
}

/**
 * A vulnerability as the thresholds judge it: its severity, whether a fix exists and when it was
 * first seen (ISO 8601).
 * @public
 */
export interface ThresholdedVulnerability {
  severity?: SecuritySeverity;
  fixable?: boolean;
  firstSeen: string;
}

/**
 * Whether a vulnerability crosses a threshold of the baseline on a day: one names its severity,
 * it is fixable when the threshold counts fixable ones only, and it has been open for more than
 * the threshold's days (days from the day it was first seen, in UTC, to `date`).
 * @public
 */
export function crossesVulnerabilityThreshold(
  baseline: Pick<SecurityBaseline, 'vulnerabilities'>,
  vulnerability: ThresholdedVulnerability,
  date: string,
): boolean {
  const age = ageInDays(vulnerability.firstSeen, date);
  return baseline.vulnerabilities.some(
    threshold =>
      threshold.severity === vulnerability.severity &&
      (!threshold.fixableOnly || vulnerability.fixable === true) &&
      age > threshold.maxAgeDays,
  );
}
