/**
 * The parsers against real CNCF certification results (cncf/k8s-conformance,
 * see __fixtures__/PROVENANCE.md): each junit report, reconciled with the
 * e2e.log of the same run, must give the counts that log states.
 */
import { createHash } from 'node:crypto';
import { gunzippedFixture, realRuns, streamOf } from './__testUtils__/fixtures';
import { parseResultsUpload, reconcileWithLog } from './detect';
import { parseE2eLogSummary } from './e2eLog';
import { parseJunitStream } from './junit';

// What each e2e.log states, read from its text here rather than trusted from
// the parser under test.
function statedByLog(log: string) {
  const ran = [...log.matchAll(/Ran (\d+) of (\d+) Specs/g)].pop();
  const summary = [
    ...log.matchAll(
      /(SUCCESS|FAIL)! -- (\d+) Passed \| (\d+) Failed \| (?:(\d+) Flaked \| )?(\d+) Pending \| (\d+) Skipped/g,
    ),
  ].pop();
  if (!ran || !summary) throw new Error('the fixture has no summary');
  return {
    ran: Number(ran[1]),
    total: Number(ran[2]),
    passed: Number(summary[2]),
    failed: Number(summary[3]),
    flaked: Number(summary[4] ?? 0),
    pending: Number(summary[5]),
    skipped: Number(summary[6]),
    succeeded: summary[1] === 'SUCCESS',
  };
}

describe.each(realRuns)('the real run $name', run => {
  const junit = gunzippedFixture(`${run.name}.junit_01.xml.gz`);
  const log = gunzippedFixture(`${run.name}.e2e.log.gz`);
  const stated = statedByLog(log.toString('utf8'));

  it('has the e2e.log facts this test was written with', () => {
    expect(stated).toMatchObject({
      ran: run.ran,
      total: run.total,
      passed: run.passed,
      failed: run.failed,
      flaked: 0,
      pending: 0,
      skipped: run.skipped,
    });
  });

  it('reconciled with its e2e.log, gives the counts the log states', async () => {
    const parsed = await parseResultsUpload(streamOf(junit));
    const summary = await parseE2eLogSummary(streamOf(log));
    expect(summary).toMatchObject(stated);

    const reconciled = reconcileWithLog(parsed, summary!);
    expect({
      passed: reconciled.passed,
      failed: reconciled.failed,
      skipped: reconciled.skipped,
      flaked: reconciled.flaked,
      succeeded: reconciled.succeeded,
    }).toEqual({
      passed: stated.passed,
      failed: stated.failed,
      skipped: stated.skipped + stated.pending,
      flaked: stated.flaked,
      succeeded: stated.succeeded,
    });
    expect(reconciled.logSummary?.line).toMatch(/^(SUCCESS|FAIL)! -- /);
  });

  it('alone gives the same counts, leaving out the 4 suite-level nodes', async () => {
    const counts = await parseJunitStream(streamOf(junit, 7919));
    expect(counts).toMatchObject({
      passed: stated.passed,
      failed: stated.failed,
      skipped: stated.skipped,
      pending: 0,
      // [ReportBeforeSuite], [SynchronizedBeforeSuite],
      // [SynchronizedAfterSuite], [ReportAfterSuite] Kubernetes e2e suite report
      suiteNodes: 4,
      testcases: run.tests,
      declaredTests: run.tests,
      failureCount: stated.failed,
      suiteSucceeded: stated.succeeded,
    });
    expect(counts.passed + counts.failed).toBe(stated.ran);
  });

  it('is recognised as junit, hashed and dated from its testsuite', async () => {
    const parsed = await parseResultsUpload(streamOf(junit, 1000));
    expect(parsed.source).toBe('junit');
    expect(parsed.resultsSha256).toBe(
      createHash('sha256').update(junit).digest('hex'),
    );
    const testsuite =
      /<testsuite [^>]*time="([\d.]+)" timestamp="([^"]+)"/.exec(
        junit.toString('utf8'),
      )!;
    const expectedEnd =
      Date.parse(`${testsuite[2]}Z`) + Math.round(Number(testsuite[1]) * 1000);
    expect(parsed.finishedAt).toBe(new Date(expectedEnd).toISOString());
  });
});

describe('the failed previder run (v1.32, commit 7d26a50)', () => {
  const junit = gunzippedFixture('v1.32-previder-failed.junit_01.xml.gz');

  it('fails with the two specs that need a second node', async () => {
    const parsed = await parseResultsUpload(streamOf(junit));
    expect(parsed.succeeded).toBe(false);
    expect(parsed.failed).toBe(2);
    expect(parsed.failureCount).toBe(2);
    expect(parsed.failures.map(failure => failure.name)).toEqual([
      '[It] [sig-architecture] Conformance Tests should have at least two untainted nodes [Conformance]',
      '[It] [sig-apps] Daemon set [Serial] should rollback without unnecessary restarts [Conformance]',
    ]);
    // message="" in the report: the text comes from the <failure> body,
    // not from the 30 KB <system-err> timeline that follows it
    expect(parsed.failures.map(failure => failure.message)).toEqual([
      '[FAILED] Conformance requires at least two nodes\nIn [It] at: k8s.io/kubernetes/test/e2e/architecture/conformance.go:45 @ 12/13/24 12:37:46.023',
      '[FAILED] Conformance test suite needs a cluster with at least 2 nodes.\nExpected\n    <int>: 1\nto be >\n    <int>: 1\nIn [It] at: k8s.io/kubernetes/test/e2e/apps/daemon_set.go:446 @ 12/13/24 12:49:02.844',
    ]);
  });

  it('agrees with its 60 KB e2e.log, "FAIL! -- 409 Passed | 2 Failed"', async () => {
    const parsed = await parseResultsUpload(streamOf(junit));
    const summary = await parseE2eLogSummary(
      streamOf(gunzippedFixture('v1.32-previder-failed.e2e.log.gz'), 4096),
    );
    expect(summary).toEqual({
      ran: 411,
      total: 6622,
      passed: 409,
      failed: 2,
      flaked: 0,
      pending: 0,
      skipped: 6211,
      succeeded: false,
      line: 'FAIL! -- 409 Passed | 2 Failed | 0 Pending | 6211 Skipped',
    });
    expect(reconcileWithLog(parsed, summary!)).toMatchObject({
      passed: 409,
      failed: 2,
      skipped: 6211,
      flaked: 0,
      succeeded: false,
    });
  });

  it('is refused with the e2e.log of the passing re-run', async () => {
    const parsed = await parseResultsUpload(streamOf(junit));
    const otherLog = await parseE2eLogSummary(
      streamOf(gunzippedFixture('v1.32-previder.e2e.log.gz')),
    );
    expect(() => reconcileWithLog(parsed, otherLog!)).toThrow(
      'results and log disagree: junit has 409 passed, e2e.log says 411 Passed',
    );
  });
});
