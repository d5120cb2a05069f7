import { ApiSchemas } from '../../schema/apiSchemas';
import { addDays, daysBetween } from '../../upgrade/calendarDates';
import { SecurityResource } from '../securityModel';
import { VULNERABILITY_SET } from './securityBaseline';

/**
 * Whether an exception still applies: `active`, `expiring` (it ends within
 * {@link EXCEPTION_EXPIRY_NOTICE_DAYS} days) or `expired`.
 * @public
 */
export type SecurityExceptionState = ApiSchemas['SecurityException']['state'];

/**
 * An exception as the rules read it, whatever state it was last given: the portal's and the
 * baseline file's alike.
 * @public
 */
export type SecurityExceptionRecord = Omit<
  ApiSchemas['SecurityException'],
  'state'
> & { state?: SecurityExceptionState };

/**
 * How many days before its expiry an exception counts as expiring, and the pod is notified.
 * @public
 */
export const EXCEPTION_EXPIRY_NOTICE_DAYS = 14;

/**
 * The state of an exception on `today`: `expires` is the last day it applies, so it is
 * `expired` from the day after; `expiring` from 14 days before until that day, both included;
 * `active` before.
 * @public
 */
export function exceptionState(
  expires: string,
  today: string,
): SecurityExceptionState {
  const daysLeft = daysBetween(today, expires);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= EXCEPTION_EXPIRY_NOTICE_DAYS ? 'expiring' : 'active';
}

/**
 * A finding as exceptions match it.
 * @public
 */
export interface ExceptedFinding {
  set: string;
  check: string;
  resource?: SecurityResource;
}

/**
 * Whether an exception covers a check: the same check, `*` for every check of the set, or, for
 * a vulnerability (`<id>:<package>`), its id alone for every package.
 */
function coversCheck(exceptionCheck: string, finding: ExceptedFinding) {
  return (
    exceptionCheck === '*' ||
    exceptionCheck === finding.check ||
    (finding.set === VULNERABILITY_SET &&
      finding.check.startsWith(`${exceptionCheck}:`))
  );
}

function scopeFits(
  scope: ApiSchemas['SecurityExceptionScope'],
  clusterName: string,
  resource: SecurityResource = {},
): boolean {
  return (
    (scope.cluster === undefined || scope.cluster === clusterName) &&
    (scope.namespace === undefined || scope.namespace === resource.namespace) &&
    (scope.kind === undefined || scope.kind === resource.kind) &&
    (scope.name === undefined || scope.name === resource.name)
  );
}

/** How narrowly an exception applies: each scope field, then a named check, counts. */
function specificity(exception: SecurityExceptionRecord): number {
  const { cluster, namespace, kind, name } = exception.scope;
  const fields = [cluster, namespace, kind, name].filter(
    field => field !== undefined,
  ).length;
  return fields * 2 + (exception.check === '*' ? 0 : 1);
}

/**
 * Whether an exception applies on a cluster at all (its scope names no other cluster).
 * @public
 */
export function exceptionAppliesTo(
  exception: Pick<SecurityExceptionRecord, 'scope'>,
  clusterName: string,
): boolean {
  return (
    exception.scope.cluster === undefined ||
    exception.scope.cluster === clusterName
  );
}

/**
 * The exception that covers a finding on a cluster, with its state on `today`, or undefined:
 * one of its set whose check is the finding's (or `*`; for vulnerabilities also the id alone)
 * and whose scope fits the cluster and the finding's resource. One still in force (active or
 * expiring) comes before an expired one, then the most specific scope, then the latest expiry.
 * @public
 */
export function matchingException<T extends SecurityExceptionRecord>(
  finding: ExceptedFinding,
  clusterName: string,
  exceptions: readonly T[],
  today: string,
): (T & { state: SecurityExceptionState }) | undefined {
  let best: (T & { state: SecurityExceptionState }) | undefined;
  const rank = (exception: T & { state: SecurityExceptionState }) => [
    exception.state === 'expired' ? 0 : 1,
    specificity(exception),
  ];
  for (const exception of exceptions) {
    if (
      exception.set !== finding.set ||
      !coversCheck(exception.check, finding) ||
      !scopeFits(exception.scope, clusterName, finding.resource)
    ) {
      continue;
    }
    const candidate = {
      ...exception,
      state: exceptionState(exception.expires, today),
    };
    if (!best) {
      best = candidate;
      continue;
    }
    const [inForce, specific] = rank(candidate);
    const [bestInForce, bestSpecific] = rank(best);
    if (
      inForce > bestInForce ||
      (inForce === bestInForce &&
        (specific > bestSpecific ||
          (specific === bestSpecific && candidate.expires > best.expires)))
    ) {
      best = candidate;
    }
  }
  return best;
}

/**
 * The exceptions whose last day is exactly 14 days after `today`: the day the pod is notified
 * that they are expiring.
 * @public
 */
export function exceptionsExpiringOn<T extends { expires: string }>(
  exceptions: readonly T[],
  today: string,
): T[] {
  const noticeFor = addDays(today, EXCEPTION_EXPIRY_NOTICE_DAYS);
  return exceptions.filter(exception => exception.expires === noticeFor);
}
