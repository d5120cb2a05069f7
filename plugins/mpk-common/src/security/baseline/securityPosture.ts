import { ApiSchemas } from '../../schema/apiSchemas';
import { addDays, daysBetween } from '../../upgrade/calendarDates';
import { SECURITY_SEVERITIES } from '../securityModel';
import { crossesVulnerabilityThreshold, isAgreedCheck } from './agreedFindings';
import { ageInDays, dateOf, wholeDaysElapsed } from './instants';
import { SecurityBaseline } from './securityBaseline';
import {
  exceptionAppliesTo,
  exceptionState,
  matchingException,
  SecurityExceptionRecord,
} from './securityExceptions';
import { TrackedFinding } from './trackedFindings';

/**
 * What {@link evaluatePosture} weighs.
 * @public
 */
export interface SecurityPostureInput {
  /** the customer's baseline; absent when none is agreed */
  baseline?: SecurityBaseline;
  clusterName: string;
  /** the cluster's open findings */
  open: readonly TrackedFinding[];
  /** the cluster's closed findings, with `closedAt` */
  closed: readonly TrackedFinding[];
  /** the portal's and the baseline file's exceptions */
  exceptions: readonly SecurityExceptionRecord[];
  /** the cluster's reports, when each was observed (ISO 8601) */
  reports: readonly { observedAt: string }[];
  /** YYYY-MM-DD */
  today: string;
  /** ISO 8601 */
  now: string;
  maxReportAgeDays: number;
}

/**
 * A cluster's security posture against its baseline.
 * @public
 */
export interface SecurityPosture {
  status: ApiSchemas['SecurityStatus'];
  explanation: string;
  /** open deviations, oldest first */
  deviations: ApiSchemas['SecurityDeviation'][];
  /** deviations corrected in the last 90 days, latest first */
  corrected: ApiSchemas['CorrectedDeviation'][];
  /** the exceptions that apply on the cluster, with their state, soonest expiry first */
  exceptions: ApiSchemas['SecurityException'][];
  /** open vulnerabilities per severity, most severe first */
  vulnerabilities: ApiSchemas['VulnerabilityCount'][];
  /** open deviations at the end of each of the last 12 weeks, oldest first */
  trend: ApiSchemas['DeviationTrendPoint'][];
}

/**
 * How far back corrected deviations are listed, in days.
 * @public
 */
export const CORRECTED_DEVIATION_DAYS = 90;

/**
 * How many weekly points the trend has.
 * @public
 */
export const DEVIATION_TREND_WEEKS = 12;

const dayMs = 24 * 60 * 60 * 1000;

function plural(count: number, one: string, many: string = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** Whether the baseline makes a finding a deviation on a day, exceptions aside. */
function isAgreedOn(
  baseline: SecurityBaseline,
  finding: TrackedFinding,
  date: string,
): boolean {
  return finding.kind === 'check'
    ? isAgreedCheck(baseline, finding)
    : crossesVulnerabilityThreshold(baseline, finding, date);
}

function byStartingTime(
  a: { firstSeen: string; key: string },
  b: { firstSeen: string; key: string },
) {
  return (
    Date.parse(a.firstSeen) - Date.parse(b.firstSeen) ||
    a.key.localeCompare(b.key)
  );
}

/**
 * The status, deviations, corrected deviations, exceptions, vulnerability counts and trend of a
 * cluster against its customer's baseline.
 *
 * A deviation is an open finding the baseline agrees to (an agreed check, or a vulnerability
 * crossing a threshold on `today`) that no exception in force (active or expiring) covers; one
 * covered only by an expired exception is a deviation again, with `exceptionExpired` = that
 * exception's last day. Corrected deviations are closed findings the baseline agrees to (a
 * vulnerability that crossed a threshold before it was closed), closed in the last 90 days. The
 * trend counts, at the end of each point's day, the findings open then that were deviations
 * then, with the exceptions in force then (approved by then, when their approval time is known).
 *
 * The status is `unknown` without a baseline or a report, `stale` when the newest report is
 * older than `maxReportAgeDays`, `deviations` when there is one, else `compliant`.
 * @public
 */
export function evaluatePosture(input: SecurityPostureInput): SecurityPosture {
  const { baseline, clusterName, today } = input;
  const exceptions = input.exceptions.filter(exception =>
    exceptionAppliesTo(exception, clusterName),
  );
  const exceptionsBySet = new Map<string, SecurityExceptionRecord[]>();
  for (const exception of exceptions) {
    const ofSet = exceptionsBySet.get(exception.set) ?? [];
    ofSet.push(exception);
    exceptionsBySet.set(exception.set, ofSet);
  }
  const exceptionFor = (finding: TrackedFinding, date: string) =>
    matchingException(
      finding,
      clusterName,
      exceptionsBySet.get(finding.set) ?? [],
      date,
    );
  const open = input.open.filter(finding => !finding.closedAt);
  const closed = input.closed.filter(finding => finding.closedAt);

  const deviations: ApiSchemas['SecurityDeviation'][] = [];
  if (baseline) {
    for (const finding of open) {
      if (!isAgreedOn(baseline, finding, today)) continue;
      const exception = exceptionFor(finding, today);
      if (exception && exception.state !== 'expired') continue;
      deviations.push({
        key: finding.key,
        kind: finding.kind,
        set: finding.set,
        check: finding.check,
        title: finding.title,
        ...(finding.severity && { severity: finding.severity }),
        ...(finding.resource && { resource: finding.resource }),
        ...(finding.remediation && { remediation: finding.remediation }),
        firstSeen: finding.firstSeen,
        ageDays: ageInDays(finding.firstSeen, today),
        source: finding.source,
        ...(exception && { exceptionExpired: exception.expires }),
      });
    }
  }
  deviations.sort(byStartingTime);

  const correctedSince = addDays(today, -CORRECTED_DEVIATION_DAYS);
  const corrected: ApiSchemas['CorrectedDeviation'][] = baseline
    ? closed
        .filter(
          finding =>
            dateOf(finding.closedAt!) >= correctedSince &&
            isAgreedOn(baseline, finding, dateOf(finding.closedAt!)),
        )
        .map(finding => ({
          key: finding.key,
          set: finding.set,
          check: finding.check,
          title: finding.title,
          ...(finding.resource && { resource: finding.resource }),
          firstSeen: finding.firstSeen,
          correctedAt: finding.closedAt!,
          daysToCorrect: wholeDaysElapsed(finding.firstSeen, finding.closedAt!),
        }))
        .sort(
          (a, b) =>
            Date.parse(b.correctedAt) - Date.parse(a.correctedAt) ||
            a.key.localeCompare(b.key),
        )
    : [];

  const vulnerabilities = SECURITY_SEVERITIES.map(severity => {
    const ofSeverity = open.filter(
      finding =>
        finding.kind === 'vulnerability' && finding.severity === severity,
    );
    const fixable = ofSeverity.filter(finding => finding.fixable).length;
    return { severity, fixable, notFixable: ofSeverity.length - fixable };
  });

  const trend: ApiSchemas['DeviationTrendPoint'][] = [];
  for (let week = DEVIATION_TREND_WEEKS - 1; week >= 0; week--) {
    const date = addDays(today, -7 * week);
    let count = 0;
    if (baseline) {
      for (const finding of [...open, ...closed]) {
        if (dateOf(finding.firstSeen) > date) continue;
        if (finding.closedAt && dateOf(finding.closedAt) <= date) continue;
        if (!isAgreedOn(baseline, finding, date)) continue;
        const inForce = (exceptionsBySet.get(finding.set) ?? []).filter(
          exception =>
            !exception.approvedAt || dateOf(exception.approvedAt) <= date,
        );
        const exception = matchingException(
          finding,
          clusterName,
          inForce,
          date,
        );
        if (!exception || exception.state === 'expired') count++;
      }
    }
    trend.push({ date, open: count });
  }

  const withState = exceptions
    .map(exception => ({
      ...exception,
      state: exceptionState(exception.expires, today),
    }))
    .sort(
      (a, b) => a.expires.localeCompare(b.expires) || a.id.localeCompare(b.id),
    );

  return {
    ...statusOf(input, deviations),
    deviations,
    corrected,
    exceptions: withState,
    vulnerabilities,
    trend,
  };
}

function statusOf(
  input: SecurityPostureInput,
  deviations: ApiSchemas['SecurityDeviation'][],
): Pick<SecurityPosture, 'status' | 'explanation'> {
  const { baseline } = input;
  const observed = input.reports
    .map(report => Date.parse(report.observedAt))
    .filter(ms => !Number.isNaN(ms));
  if (!baseline && observed.length === 0) {
    return {
      status: 'unknown',
      explanation:
        'No security baseline is agreed with the customer, and no security report has been received for this cluster.',
    };
  }
  if (!baseline) {
    return {
      status: 'unknown',
      explanation:
        'No security baseline is agreed with the customer, so there is nothing to compare the reports with.',
    };
  }
  if (observed.length === 0) {
    return {
      status: 'unknown',
      explanation: `No security report has been received for this cluster yet, so its posture against ${baseline.title} is not known.`,
    };
  }
  const newest = Math.max(...observed);
  const newestDate = new Date(newest).toISOString().slice(0, 10);
  if (Date.parse(input.now) - newest > input.maxReportAgeDays * dayMs) {
    return {
      status: 'stale',
      explanation: `The latest security report is from ${newestDate}, more than ${plural(
        input.maxReportAgeDays,
        'day',
      )} ago, so the cluster's posture against ${
        baseline.title
      } is not known to be current.`,
    };
  }
  if (deviations.length > 0) {
    const oldest = dateOf(deviations[0].firstSeen);
    const days = daysBetween(oldest, input.today);
    return {
      status: 'deviations',
      explanation: `${plural(deviations.length, 'deviation')} from ${
        baseline.title
      } ${
        deviations.length === 1 ? 'is' : 'are'
      } open, the oldest since ${oldest} (${plural(
        Math.max(0, days),
        'day',
      )}), as of the report of ${newestDate}.`,
    };
  }
  return {
    status: 'compliant',
    explanation: `No deviation from ${baseline.title} is open, as of the report of ${newestDate}.`,
  };
}
