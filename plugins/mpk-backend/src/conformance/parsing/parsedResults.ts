import { E2eLogSummary } from './e2eLog';
import { junitFinishedAt } from './finishedAt';
import { JunitCounts, ResultFailure } from './junitCounts';

/**
 * The counts of an uploaded conformance result, ready to be stored, as Ginkgo
 * states them: `passed + failed` specs ran, and `flaked` of the passed ones
 * only passed on a retry. Only an e2e.log tells how many flaked; from a junit
 * report alone `flaked` is 0.
 */
export interface ParsedResults {
  source: 'sonobuoy' | 'junit';
  /** specs that passed, at the first attempt or on a retry */
  passed: number;
  /** specs that failed; failed suite-level nodes are not specs, see `failureCount` */
  failed: number;
  /** specs skipped, including pending ones */
  skipped: number;
  /** of the passed specs, those that only passed on a retry */
  flaked: number;
  /** the first 1,000 failures, of specs and of suite-level nodes */
  failures: ResultFailure[];
  /** all failures, of specs and of suite-level nodes (`[SynchronizedBeforeSuite]` ...) */
  failureCount: number;
  /**
   * Whether the run passed: no failure of a spec or a suite-level node, and
   * neither the junit report (`SuiteSucceeded`) nor the e2e.log (`FAIL!`)
   * says it failed.
   */
  succeeded: boolean;
  /** from the tarball's `serverversion.json`, e.g. `v1.19.16` */
  kubernetesVersion?: string;
  /** when the run ended, ISO; see `junitFinishedAt` and `SonobuoyResults` */
  finishedAt?: string;
  /** the e2e.log summary the counts were checked against */
  logSummary?: E2eLogSummary;
  /** sha256 (hex) of the uploaded bytes, to recognise the same upload again */
  resultsSha256: string;
  /** the junit `tests` attribute, for diagnostics (it counts suite-level nodes) */
  junitTests?: number;
}

/** The counts of a junit report, before any e2e.log was applied. */
export function resultsFromJunit(
  junit: JunitCounts,
  source: ParsedResults['source'],
  resultsSha256: string,
): ParsedResults {
  return {
    source,
    passed: junit.passed,
    failed: junit.failed,
    skipped: junit.skipped + junit.pending,
    flaked: 0,
    failures: junit.failures,
    failureCount: junit.failureCount,
    succeeded: junit.failureCount === 0 && junit.suiteSucceeded !== false,
    finishedAt: junitFinishedAt(junit.timestamp, junit.time),
    resultsSha256,
    junitTests: junit.declaredTests,
  };
}
