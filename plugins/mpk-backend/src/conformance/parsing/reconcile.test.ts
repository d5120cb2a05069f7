import { streamOf } from './__testUtils__/fixtures';
import { parseResultsUpload, reconcileWithLog } from './detect';
import { E2eLogSummary, parseE2eLogSummary } from './e2eLog';
import { ParsedResults } from './parsedResults';

/**
 * A junit report shaped like cncf/k8s-conformance v1.32/switch, a real run
 * with flakes (ParallelTotal=5, FlakeAttempts=3): each process reports its
 * synchronized suite nodes, and the specs that passed on a retry are plain
 * `passed` testcases. Its e2e.log says `Ran 411 of 6624 Specs` and `SUCCESS!
 * -- 411 Passed | 0 Failed | 2 Flaked | 0 Pending | 6213 Skipped`; this one
 * has the same shape with 4 specs, 1 of which flaked.
 */
const parallelJunit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="19" disabled="3" errors="0" failures="0" time="2598.4">
  <testsuite name="Kubernetes e2e suite" tests="19" skipped="3" time="2598.4" timestamp="2025-03-14T13:01:29">
    <testcase name="[ReportBeforeSuite]" status="passed"></testcase>
    ${'<testcase name="[SynchronizedBeforeSuite]" status="passed"></testcase>'.repeat(
      5,
    )}
    <testcase name="[It] [sig-api-machinery] FieldValidation detects unknown metadata fields [Conformance]" status="passed"></testcase>
    <testcase name="[It] [sig-network] one [Conformance]" status="passed"></testcase>
    <testcase name="[It] [sig-node] two [Conformance]" status="passed"></testcase>
    <testcase name="[It] [sig-apps] three [Conformance]" status="passed"></testcase>
    ${'<testcase name="[It] [sig-storage] skipped" status="skipped"><skipped message="skipped"/></testcase>'.repeat(
      3,
    )}
    ${'<testcase name="[SynchronizedAfterSuite]" status="passed"></testcase>'.repeat(
      5,
    )}
    <testcase name="[ReportAfterSuite] Kubernetes e2e suite report" status="passed"></testcase>
  </testsuite>
</testsuites>`;

const parallelLog = `Will run 4 of 7 specs
Running in parallel across 5 processes
SS•••S
------------------------------
↺ [FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [13.543 seconds]
[sig-api-machinery] FieldValidation detects unknown metadata fields [Conformance]
------------------------------
•

Ran 4 of 7 Specs in 2598.446 seconds
SUCCESS! -- 4 Passed | 0 Failed | 1 Flaked | 0 Pending | 3 Skipped
`;

function log(overrides: Partial<E2eLogSummary>): E2eLogSummary {
  return {
    ran: 4,
    total: 7,
    passed: 4,
    failed: 0,
    flaked: 0,
    pending: 0,
    skipped: 3,
    succeeded: true,
    line: 'SUCCESS! -- 4 Passed | 0 Failed | 0 Pending | 3 Skipped',
    ...overrides,
  };
}

describe('reconcileWithLog', () => {
  let junit: ParsedResults;
  beforeAll(async () => {
    junit = await parseResultsUpload(streamOf(parallelJunit));
  });

  it('takes the flaked count from the log, the flaked specs staying among the passed as Ginkgo counts them', async () => {
    expect(junit).toMatchObject({ passed: 4, flaked: 0, skipped: 3 });
    const summary = await parseE2eLogSummary(streamOf(parallelLog));
    const reconciled = reconcileWithLog(junit, summary!);
    expect(reconciled).toMatchObject({
      passed: 4,
      failed: 0,
      flaked: 1,
      skipped: 3,
      succeeded: true,
      logSummary: summary,
    });
    // what ran is what passed or failed
    expect(reconciled.passed + reconciled.failed).toBe(summary!.ran);
  });

  it('can be applied again: the last log gives the flaked count', () => {
    const once = reconcileWithLog(junit, log({ flaked: 1 }));
    const twice = reconcileWithLog(once, log({ flaked: 2 }));
    expect(twice).toMatchObject({ passed: 4, flaked: 2 });
    expect(reconcileWithLog(twice, log({}))).toMatchObject({
      passed: 4,
      flaked: 0,
    });
  });

  it.each([
    [
      { passed: 5, ran: 5 },
      'results and log disagree: junit has 4 passed, e2e.log says 5 Passed',
    ],
    [
      { failed: 1, ran: 5 },
      'results and log disagree: junit has 0 failed, e2e.log says 1 Failed',
    ],
    [
      { skipped: 2 },
      'results and log disagree: junit has 3 skipped, e2e.log says 2 Skipped',
    ],
    [
      { skipped: 3, pending: 1 },
      'results and log disagree: junit has 3 skipped, e2e.log says 3 Skipped and 1 Pending',
    ],
    [
      { ran: 6 },
      'results and log disagree: junit has 4 specs that ran, e2e.log says Ran 6',
    ],
  ])('refuses a log that says %j', (overrides, message) => {
    const error = (() => {
      try {
        return reconcileWithLog(junit, log(overrides));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('InputError');
    expect((error as Error).message).toBe(message);
  });

  it('counts pending specs of the log as skipped, like junit without status does', () => {
    const reconciled = reconcileWithLog(junit, log({ skipped: 2, pending: 1 }));
    expect(reconciled.skipped).toBe(3);
  });

  it('refuses a log with more flaked than passed specs', () => {
    expect(() =>
      reconcileWithLog(
        { ...junit, passed: 1, skipped: 3 },
        log({ passed: 1, ran: 1, flaked: 2 }),
      ),
    ).toThrow('log: e2e.log says 2 Flaked but only 1 Passed');
  });

  it('fails the run when the log says FAIL! though no spec failed', () => {
    const reconciled = reconcileWithLog(
      junit,
      log({ succeeded: false, line: 'FAIL! - Suite Timeout Elapsed -- ...' }),
    );
    expect(reconciled.succeeded).toBe(false);
  });

  it('accepts a log without a Ran line', () => {
    expect(
      reconcileWithLog(junit, log({ ran: undefined, total: undefined })),
    ).toMatchObject({ passed: 4 });
  });
});
