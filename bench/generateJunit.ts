// A Ginkgo v2 junit report of the Kubernetes e2e suite (the shape `sonobuoy
// retrieve` gives, see plugins/mpk-backend/src/conformance/__fixtures__) of
// about a requested size, written to a file as it is generated so that a
// 50 MB report never sits in the generating process.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a generated report holds, as the conformance parser should count it. */
export interface GeneratedJunit {
  bytes: number;
  /** every `<testcase>`, including the suite-level nodes */
  testcases: number;
  passed: number;
  failed: number;
  skipped: number;
}

const sigs = ['apps', 'storage', 'network', 'node', 'api-machinery', 'cli'];
const drivers = ['nfs', 'local', 'cinder', 'csi-hostpath', 'azure-disk'];

// Real reports are mostly skipped specs; the rare failure carries the whole
// step timeline in <system-err>, tens of KB, which a parser must not keep.
const PASSED_EVERY = 20;
const FAILED_EVERY = 400;
const TESTCASES_PER_CHUNK = 200;

type Outcome = 'passed' | 'failed' | 'skipped';

function outcomeOf(index: number): Outcome {
  if (index % FAILED_EVERY === FAILED_EVERY - 1) return 'failed';
  return index % PASSED_EVERY === 0 ? 'passed' : 'skipped';
}

const failureTimeline = Array.from(
  { length: 250 },
  (_, step) =>
    `&gt; Enter [BeforeEach] [sig-apps] Daemon set [Serial] - set up framework | framework.go:200 @ 12/13/24 12:49:02.${step}&#xA;` +
    `STEP: Creating a kubernetes client - k8s.io/kubernetes/test/e2e/framework/framework.go:220 @ 12/13/24 12:49:02.${step}&#xA;`,
).join('');

function testcase(index: number): string {
  const sig = sigs[index % sigs.length];
  const driver = drivers[index % drivers.length];
  const open = (name: string, status: Outcome, time: string) =>
    `          <testcase name="${name}" classname="Kubernetes e2e suite" status="${status}" time="${time}">`;
  switch (outcomeOf(index)) {
    case 'passed':
      return `${open(
        `[It] [sig-${sig}] generated spec ${index} should work [Conformance]`,
        'passed',
        ((index % 97) / 7).toFixed(3),
      )}</testcase>\n`;
    case 'failed':
      return (
        `${open(
          `[It] [sig-${sig}] generated spec ${index} should survive a restart [Conformance]`,
          'failed',
          '301.2',
        )}\n` +
        `              <failure message="" type="failed">[FAILED] spec ${index} timed out waiting for the condition&#xA;In [It] at: k8s.io/kubernetes/test/e2e/${sig}/generated.go:${
          index % 900
        } @ 12/13/24 12:49:02.749&#xA;</failure>\n` +
        `              <system-err>${failureTimeline}</system-err>\n` +
        `          </testcase>\n`
      );
    default:
      return (
        `${open(
          `[It] [sig-storage] In-tree Volumes [Driver: ${driver}] [Testpattern: Dynamic PV (default fs)] generated spec ${index} should provision storage`,
          'skipped',
          '0',
        )}\n` +
        `              <skipped message="skipped"></skipped>\n` +
        `          </testcase>\n`
      );
  }
}

const suiteNode = (name: string) =>
  `          <testcase name="${name}" classname="Kubernetes e2e suite" status="passed" time="0.0001"></testcase>\n`;
const leadingSuiteNodes = ['[ReportBeforeSuite]', '[SynchronizedBeforeSuite]'];
const trailingSuiteNodes = [
  '[SynchronizedAfterSuite]',
  '[ReportAfterSuite] Kubernetes e2e suite report',
];

function* specChunks(specCount: number): Generator<string> {
  for (let first = 0; first < specCount; first += TESTCASES_PER_CHUNK) {
    const last = Math.min(first + TESTCASES_PER_CHUNK, specCount);
    const chunk: string[] = [];
    for (let index = first; index < last; index++) chunk.push(testcase(index));
    yield chunk.join('');
  }
}

// Ginkgo writes the totals before the testcases, so the number of specs that
// fills the requested size is found first by measuring the text, unwritten.
function specCountFor(targetBytes: number): number {
  let bytes = 0;
  let specCount = 0;
  while (bytes < targetBytes) {
    bytes += Buffer.byteLength(testcase(specCount));
    specCount += 1;
  }
  return specCount;
}

function specOutcomes(specCount: number): Record<Outcome, number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (let index = 0; index < specCount; index++) {
    counts[outcomeOf(index)] += 1;
  }
  return counts;
}

const testcasesFor = (specCount: number) =>
  specCount + leadingSuiteNodes.length + trailingSuiteNodes.length;

function* report(specCount: number): Generator<string> {
  const counts = specOutcomes(specCount);
  const testcases = testcasesFor(specCount);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `  <testsuites tests="${testcases}" disabled="${counts.skipped}" errors="0" failures="${counts.failed}" time="6473.4">\n` +
    `      <testsuite name="Kubernetes e2e suite" package="/usr/local/bin" tests="${testcases}" disabled="0" skipped="${counts.skipped}" errors="0" failures="${counts.failed}" time="6473.4" timestamp="2025-06-02T18:26:36">\n` +
    '          <properties>\n' +
    `              <property name="SuiteSucceeded" value="${
      counts.failed === 0
    }"></property>\n` +
    '              <property name="RandomSeed" value="1706593667"></property>\n' +
    '          </properties>\n' +
    leadingSuiteNodes.map(suiteNode).join('');
  yield* specChunks(specCount);
  const trailer = trailingSuiteNodes.map(suiteNode).join('');
  yield `${trailer}      </testsuite>\n  </testsuites>`;
}

/**
 * Writes a Ginkgo v2 junit report of at least `targetBytes` (it overshoots by
 * the header and at most one testcase) to `file`, and says what it holds.
 */
export async function writeGinkgoJunit(
  file: string,
  targetBytes: number,
): Promise<GeneratedJunit> {
  const specCount = specCountFor(targetBytes);
  await pipeline(Readable.from(report(specCount)), createWriteStream(file));
  return {
    bytes: (await stat(file)).size,
    testcases: testcasesFor(specCount),
    ...specOutcomes(specCount),
  };
}
