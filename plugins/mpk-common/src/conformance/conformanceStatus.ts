import { addDays, dateIn, daysBetween } from '../upgrade/calendarDates';
import { ConformanceAssessment, ConformanceRun } from './conformanceApi';

/**
 * The conformance terms: a run older than this many days no longer shows the cluster conformant.
 * @public
 */
export const DEFAULT_CONFORMANCE_MAX_AGE_DAYS = 90;

/**
 * The annotation of a cluster entity giving the day (`YYYY-MM-DD`) it started running its current
 * Kubernetes version; a conformance run from before that day no longer counts.
 * @public
 */
export const KUBERNETES_VERSION_SINCE_ANNOTATION =
  'mpk.io/kubernetes-version-since';

/**
 * What the conformance rules need to know about a cluster.
 * @public
 */
export interface ConformanceSubject {
  /** release line the cluster runs now, e.g. `1.35` */
  kubernetesVersion: string;
  /** the day it started running that version (`YYYY-MM-DD`), when known */
  versionSince?: string;
}

/**
 * Where a cluster stands on conformance on `today` (`YYYY-MM-DD` in `timeZone`), from its
 * latest run: `unknown` without a run; `stale` when the run is older than `maxAgeDays`, ran on
 * another minor version, or finished before the cluster's last version change; otherwise
 * `non-conformant` when specs failed and `conformant` when none did.
 * @public
 */
export function assessConformance(
  subject: ConformanceSubject,
  latest: Pick<
    ConformanceRun,
    'kubernetesMinor' | 'finishedAt' | 'failed' | 'passed' | 'status'
  > | null,
  today: string,
  timeZone: string,
  maxAgeDays: number = DEFAULT_CONFORMANCE_MAX_AGE_DAYS,
): ConformanceAssessment {
  if (!latest) {
    return {
      status: 'unknown',
      explanation: `No conformance run has been uploaded for this cluster: run Sonobuoy's conformance mode and upload the result.`,
    };
  }
  const day = dateIn(timeZone, new Date(latest.finishedAt));
  const age = daysBetween(day, today);
  const what = `The latest run (${day}, Kubernetes ${latest.kubernetesMinor}, ${latest.passed} passed, ${latest.failed} failed)`;
  if (latest.kubernetesMinor !== subject.kubernetesVersion) {
    return {
      status: 'stale',
      explanation: `${what} ran on another minor version than the cluster's ${subject.kubernetesVersion}: a new run is needed.`,
    };
  }
  if (subject.versionSince && day < subject.versionSince) {
    return {
      status: 'stale',
      explanation: `${what} finished before the cluster changed version on ${subject.versionSince}: a new run is needed.`,
    };
  }
  if (age > maxAgeDays) {
    return {
      status: 'stale',
      explanation: `${what} is ${age} days old, over the ${maxAgeDays} days a run counts (it counted until ${addDays(
        day,
        maxAgeDays,
      )}): a new run is needed.`,
    };
  }
  if (latest.status === 'failed') {
    return {
      status: 'non-conformant',
      explanation: `${what} has failed specs: the cluster is not conformant until a run passes.`,
    };
  }
  return {
    status: 'conformant',
    explanation: `${what} passed on the cluster's current version; it counts for ${
      maxAgeDays - age
    } more day(s).`,
  };
}
