import { MAX_STORED_FAILURES } from './limits';

/** A failed spec, or a failed suite-level node, and what it reported. */
export interface ResultFailure {
  /** the junit testcase name, e.g. `[It] [sig-apps] Daemon set ...` */
  name: string;
  /** the failure message, at most 4,000 characters */
  message: string;
}

/** What one junit report says, counted testcase by testcase. */
export interface JunitCounts {
  /** specs that passed (a spec that passed on a retry is counted here too) */
  passed: number;
  /** specs that failed (also aborted, panicked, interrupted, timed out) */
  failed: number;
  skipped: number;
  pending: number;
  /**
   * Suite-level testcases such as `[SynchronizedBeforeSuite]`, which are not
   * specs and are left out of the counts above.
   */
  suiteNodes: number;
  /** every `<testcase>` element, specs and suite-level nodes */
  testcases: number;
  /** the first 1,000 failures, of specs and suite-level nodes */
  failures: ResultFailure[];
  /** all failures, of specs and suite-level nodes, stored or not */
  failureCount: number;
  /** Ginkgo v2's `SuiteSucceeded` property, when the report has it */
  suiteSucceeded?: boolean;
  /** the `timestamp` attribute of the first `<testsuite>` that has one, as written */
  timestamp?: string;
  /** the `time` attribute (seconds) of that same `<testsuite>` */
  time?: number;
  /**
   * The `tests` attribute of `<testsuites>`, or the sum over `<testsuite>`:
   * for diagnostics only, as it includes the suite-level nodes.
   */
  declaredTests?: number;
}

/**
 * Adds up several junit reports of one run, as Sonobuoy does when a plugin
 * left more than one (Ginkgo v1 wrote one per parallel process).
 */
export function sumJunitCounts(reports: JunitCounts[]): JunitCounts {
  const [first, ...rest] = reports;
  if (!first) throw new Error('sumJunitCounts needs at least one report');
  return rest.reduce((sum, next) => {
    const both = [sum.suiteSucceeded, next.suiteSucceeded];
    return {
      passed: sum.passed + next.passed,
      failed: sum.failed + next.failed,
      skipped: sum.skipped + next.skipped,
      pending: sum.pending + next.pending,
      suiteNodes: sum.suiteNodes + next.suiteNodes,
      testcases: sum.testcases + next.testcases,
      failures: [...sum.failures, ...next.failures].slice(
        0,
        MAX_STORED_FAILURES,
      ),
      failureCount: sum.failureCount + next.failureCount,
      suiteSucceeded: both.includes(false)
        ? false
        : both.includes(true) || undefined,
      timestamp: sum.timestamp ?? next.timestamp,
      time: sum.timestamp ? sum.time : next.time,
      declaredTests:
        sum.declaredTests === undefined && next.declaredTests === undefined
          ? undefined
          : (sum.declaredTests ?? 0) + (next.declaredTests ?? 0),
    };
  }, first);
}
