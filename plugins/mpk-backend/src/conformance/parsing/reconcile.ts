import { InputError } from '@backstage/errors';
import { E2eLogSummary } from './e2eLog';
import { ParsedResults } from './parsedResults';

function disagree(what: string): InputError {
  return new InputError(`results and log disagree: ${what}`);
}

/**
 * Checks junit counts against the summary of the run's e2e.log, and takes
 * from the log what the junit report cannot tell: how many specs flaked.
 *
 * Ginkgo counts a spec that passed on a retry as passed, both in the junit
 * report and in the log's `Passed`, and once more in the log's `Flaked`; its
 * `Ran` is `Passed + Failed`. So the junit counts must equal the log's, and
 * the counts stored are the log's, `flaked` being part of `passed`. (Real
 * example: cncf/k8s-conformance v1.32/switch logs `Ran 411 of 6624` and `411
 * Passed | 0 Failed | 2 Flaked`, and its junit has 411 passed specs.)
 *
 * Refuses with an `InputError` naming both numbers when they disagree.
 */
export function reconcileWithLog(
  parsed: ParsedResults,
  log: E2eLogSummary,
): ParsedResults {
  const junitPassed = parsed.passed;
  if (junitPassed !== log.passed) {
    throw disagree(
      `junit has ${junitPassed} passed, e2e.log says ${log.passed} Passed`,
    );
  }
  if (parsed.failed !== log.failed) {
    throw disagree(
      `junit has ${parsed.failed} failed, e2e.log says ${log.failed} Failed`,
    );
  }
  // junit reports pending specs as skipped when it has no status attribute
  if (parsed.skipped !== log.skipped + log.pending) {
    const logSkipped = log.pending
      ? `${log.skipped} Skipped and ${log.pending} Pending`
      : `${log.skipped} Skipped`;
    throw disagree(
      `junit has ${parsed.skipped} skipped, e2e.log says ${logSkipped}`,
    );
  }
  if (log.ran !== undefined && log.ran !== log.passed + log.failed) {
    throw disagree(
      `junit has ${
        junitPassed + parsed.failed
      } specs that ran, e2e.log says Ran ${log.ran}`,
    );
  }
  if (log.flaked > log.passed) {
    throw new InputError(
      `log: e2e.log says ${log.flaked} Flaked but only ${log.passed} Passed`,
    );
  }
  return {
    ...parsed,
    flaked: log.flaked,
    succeeded: parsed.succeeded && log.succeeded,
    logSummary: log,
  };
}
