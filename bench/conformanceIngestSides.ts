// The two ways of ingesting a junit report that bench/conformanceIngest.ts
// compares: ours streams it through the upload parser, the baseline reads the
// file whole and builds a DOM of it with fast-xml-parser, then counts that.
import { XMLParser } from 'fast-xml-parser';
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseResultsUpload } from '../plugins/mpk-backend/src/conformance/parsing';
// Which testcases are Ginkgo's suite-level bookkeeping rather than specs is
// a naming rule, not parsing: both sides apply the same one, so that the
// counts compare the parsing alone.
import { isSuiteNode } from '../plugins/mpk-backend/src/conformance/parsing/suiteNodes';

/** Specs by outcome, pending ones counted as skipped, as the upload stores them. */
export interface SpecCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export type Side = 'ours' | 'baseline';

// fast-xml-parser does not export its package.json
const baselineVersion: string = JSON.parse(
  readFileSync(
    join(dirname(require.resolve('fast-xml-parser')), '..', 'package.json'),
    'utf8',
  ),
).version;
export const baselineName = `fast-xml-parser ${baselineVersion} DOM parse`;

export async function ingestWithOurs(file: string): Promise<SpecCounts> {
  const { passed, failed, skipped } = await parseResultsUpload(
    createReadStream(file),
  );
  return { passed, failed, skipped };
}

// What fast-xml-parser makes of an element with `ignoreAttributes: false`:
// attributes under `@_name`, child elements under their tag name, an array
// only when the tag repeats.
type DomNode = { [key: string]: DomNode | DomNode[] | string | undefined };

function asList(value: DomNode | DomNode[] | string | undefined): DomNode[] {
  if (value === undefined) return [];
  // an element without attributes or children comes back as its text
  if (typeof value === 'string') return [{}];
  return Array.isArray(value) ? value : [value];
}

// Ginkgo v2 states the outcome in `status`; other junit writers only say it
// with a child element.
function outcomeOf(testcase: DomNode): keyof SpecCounts {
  const status = String(testcase['@_status'] ?? '').toLowerCase();
  if (status === 'passed') return 'passed';
  if (status === 'skipped' || status === 'pending') return 'skipped';
  if (status !== '') return 'failed';
  if (testcase.failure !== undefined || testcase.error !== undefined) {
    return 'failed';
  }
  return testcase.skipped === undefined ? 'passed' : 'skipped';
}

/** The baseline's counts, with every `<testcase>` for the report line. */
export interface DomCounts extends SpecCounts {
  testcases: number;
}

export async function ingestWithDomParse(file: string): Promise<DomCounts> {
  const text = await readFile(file, 'utf8');
  const document = new XMLParser({ ignoreAttributes: false }).parse(
    text,
  ) as DomNode;
  const roots = asList(document.testsuites);
  const suites = [
    ...roots.flatMap(root => asList(root.testsuite)),
    ...asList(document.testsuite),
  ];
  const counts: DomCounts = { passed: 0, failed: 0, skipped: 0, testcases: 0 };
  for (const testcase of suites.flatMap(suite => asList(suite.testcase))) {
    counts.testcases += 1;
    if (!isSuiteNode(String(testcase['@_name'] ?? ''))) {
      counts[outcomeOf(testcase)] += 1;
    }
  }
  return counts;
}

export const ingest: Record<Side, (file: string) => Promise<SpecCounts>> = {
  ours: ingestWithOurs,
  baseline: ingestWithDomParse,
};
