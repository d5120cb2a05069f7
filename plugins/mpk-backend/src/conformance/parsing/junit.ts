import { InputError } from '@backstage/errors';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import { CappedText, capMessage } from './cappedText';
import { JunitCounts } from './junitCounts';
import { MAX_FAILURE_MESSAGE_CHARS, MAX_STORED_FAILURES } from './limits';
import { isSuiteNode } from './suiteNodes';

/** Options of {@link parseJunitStream}. */
export interface JunitParseOptions {
  /**
   * What the input is, to start error messages with: `results` by default,
   * e.g. `results: plugins/e2e/results/global/junit_01.xml` for a file in a
   * tarball.
   */
  part?: string;
}

// Ginkgo v2 `status` values that fail a spec (types.SpecStateFailureStates);
// `error` and `timeout` are spelled by other junit writers.
const failedStatuses = new Set([
  'failed',
  'aborted',
  'panicked',
  'interrupted',
  'timedout',
  'timeout',
  'error',
]);

// saxes holds the text of an element in memory while we listen to it; past
// this the report is not a test report one would want to read anyway.
const MAX_CAPTURED_CHARS = 8 * 1024 * 1024;

interface OpenTestcase {
  name: string;
  status?: string;
  failed: boolean;
  skipped: boolean;
  failureMessage?: string;
  failureText?: CappedText;
}

type Outcome = 'passed' | 'failed' | 'skipped' | 'pending';

function outcomeOf(testcase: OpenTestcase): Outcome {
  if (testcase.failed) return 'failed';
  const status = testcase.status?.toLowerCase();
  if (status && failedStatuses.has(status)) return 'failed';
  if (status === 'passed' || status === 'skipped' || status === 'pending') {
    return status;
  }
  // Ginkgo v1 and other junit writers: no status, only the child elements.
  return testcase.skipped ? 'skipped' : 'passed';
}

/**
 * A copy of a string that does not share memory with the text it was cut from. V8 keeps a
 * slice's whole parent alive, so each kept failure would otherwise hold a 64 KiB read chunk.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function messageOf(testcase: OpenTestcase): string {
  // Kubernetes' e2e suite writes `message=""` and puts the failure in the
  // element body; other writers fill the attribute.
  const fromAttribute = capMessage(
    testcase.failureMessage ?? '',
    MAX_FAILURE_MESSAGE_CHARS,
  );
  return (
    fromAttribute ||
    testcase.failureText?.value() ||
    '(the junit report gives no failure message)'
  );
}

function numberAttribute(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

// saxes prefixes its errors with the position, e.g. "3:14: unclosed tag: x."
const saxesMessage = /^(\d+):\d+: (.*?)\.?$/s;

function isSaxesError(error: Error): boolean {
  return saxesMessage.test(error.message);
}

function notXml(part: string, error: Error): InputError {
  const [, line, reason] = saxesMessage.exec(error.message) ?? [];
  return new InputError(`${part}: not XML: ${reason} at line ${line}`);
}

/**
 * Counts the specs of a junit report (Ginkgo v1 or v2, or any junit writer)
 * while it streams in: only counters and the first 1,000 failures are kept,
 * and text is only collected inside `<failure>` and `<error>` elements.
 *
 * Suite-level nodes (`[SynchronizedBeforeSuite]` and the like) are not
 * counted as specs, but a failed one is a failure of the run. Duplicate spec
 * names are counted each time, as Ginkgo does.
 *
 * Rejects with an `InputError` when the input is not XML, or is XML without
 * any `<testcase>`. On a refusal the input stream is destroyed.
 */
export async function parseJunitStream(
  input: Readable,
  options: JunitParseOptions = {},
): Promise<JunitCounts> {
  const part = options.part ?? 'results';
  const counts: JunitCounts = {
    passed: 0,
    failed: 0,
    skipped: 0,
    pending: 0,
    suiteNodes: 0,
    testcases: 0,
    failures: [],
    failureCount: 0,
  };
  let suitesTests: number | undefined;
  let suiteTestsSum: number | undefined;
  let testcase: OpenTestcase | undefined;
  // the element whose text we collect, and where its text started
  let capturing: { element: string; from: number } | undefined;

  const parser = new SaxesParser();

  const stopCapturing = () => {
    capturing = undefined;
    parser.off('text');
    parser.off('cdata');
  };

  const closeTestcase = (closing: OpenTestcase) => {
    counts.testcases += 1;
    const outcome = outcomeOf(closing);
    const suiteNode = isSuiteNode(closing.name);
    if (suiteNode) counts.suiteNodes += 1;
    else counts[outcome] += 1;
    if (outcome === 'failed') {
      counts.failureCount += 1;
      if (counts.failures.length < MAX_STORED_FAILURES) {
        counts.failures.push({
          name: detached(closing.name),
          message: detached(messageOf(closing)),
        });
      }
    }
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes = tag.attributes;
    switch (tag.name) {
      case 'testsuites':
        suitesTests ??= numberAttribute(attributes.tests);
        break;
      case 'testsuite': {
        const tests = numberAttribute(attributes.tests);
        if (tests !== undefined) suiteTestsSum = (suiteTestsSum ?? 0) + tests;
        if (counts.timestamp === undefined && attributes.timestamp) {
          counts.timestamp = attributes.timestamp;
          counts.time = numberAttribute(attributes.time);
        }
        break;
      }
      case 'property':
        if (!testcase && attributes.name === 'SuiteSucceeded') {
          counts.suiteSucceeded = attributes.value !== 'false';
        }
        break;
      case 'testcase':
        testcase = {
          name: attributes.name?.trim()
            ? attributes.name
            : '(unnamed testcase)',
          status: attributes.status,
          failed: false,
          skipped: false,
        };
        break;
      case 'failure':
      case 'error':
        if (testcase && !testcase.failed) {
          testcase.failed = true;
          testcase.failureMessage = attributes.message;
          const text = new CappedText(MAX_FAILURE_MESSAGE_CHARS);
          testcase.failureText = text;
          if (!tag.isSelfClosing) {
            capturing = { element: tag.name, from: parser.position };
            parser.on('text', piece => text.append(piece));
            parser.on('cdata', piece => text.append(piece));
          }
        }
        break;
      case 'skipped':
        if (testcase) testcase.skipped = true;
        break;
      default:
    }
  });

  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (capturing?.element === tag.name) stopCapturing();
    if (tag.name === 'testcase' && testcase) {
      closeTestcase(testcase);
      testcase = undefined;
    }
  });

  const decoder = new StringDecoder('utf8');
  let first = true;
  const write = (text: string) => {
    parser.write(first ? text.replace(/^\uFEFF/, '') : text);
    first = first && text.length === 0;
    if (capturing && parser.position - capturing.from > MAX_CAPTURED_CHARS) {
      throw new InputError(
        `${part}: a <${capturing.element}> of "${testcase?.name}" holds more than 8 MiB of text`,
      );
    }
  };

  try {
    for await (const chunk of input) {
      write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    }
    write(decoder.end());
    parser.close();
  } catch (error) {
    // Leaving the loop early destroyed the input already, unless the parser
    // failed on the decoder's last bytes.
    input.destroy();
    if (error instanceof Error && isSaxesError(error)) {
      throw notXml(part, error);
    }
    throw error;
  }

  if (counts.testcases === 0) {
    throw new InputError(
      `${part}: the XML has no test cases; expected a junit report of the e2e conformance suite`,
    );
  }
  counts.declaredTests = suitesTests ?? suiteTestsSum;
  return counts;
}
