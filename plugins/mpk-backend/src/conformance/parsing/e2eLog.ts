import { Readable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { forEachLine } from './lines';

/**
 * The result lines Ginkgo ends an e2e.log with, e.g. `Ran 411 of 6622 Specs
 * in 5815.373 seconds` and `FAIL! -- 409 Passed | 2 Failed | 0 Pending | 6211
 * Skipped`.
 *
 * As Ginkgo counts them, `passed` includes the specs that only passed on a
 * retry, which `flaked` counts again, and `ran` is `passed + failed`.
 */
export interface E2eLogSummary {
  /** specs that ran, from the `Ran N of M Specs` line, when the log has it */
  ran?: number;
  /** specs in the suite, from the same line */
  total?: number;
  passed: number;
  failed: number;
  /** specs that passed on a retry; they are in `passed` as well */
  flaked: number;
  pending: number;
  skipped: number;
  /** `SUCCESS!` rather than `FAIL!` */
  succeeded: boolean;
  /** the summary line as logged, without colour codes or progress dots */
  line: string;
}

const ranLine = /Ran (\d+) of (\d+) Specs? in [\d.]+ seconds/;

// Ginkgo v1 and v2: Flaked only when there were some, Repeated (v2) likewise;
// v2 puts a special failure reason after FAIL!, e.g. "FAIL! - Interrupted by
// User -- ".
const summaryLine =
  /(SUCCESS!|FAIL!)(?: - .*?)? -- (\d+) Passed \| (\d+) Failed \| (?:(\d+) Flaked \| )?(?:\d+ Repeated \| )?(\d+) Pending \| (\d+) Skipped/;

type Counts = Omit<E2eLogSummary, 'ran' | 'total'>;

function summaryOf(line: string): Counts | undefined {
  const match = summaryLine.exec(line);
  if (!match) return undefined;
  const [text, status, passed, failed, flaked, pending, skipped] = match;
  return {
    passed: Number(passed),
    failed: Number(failed),
    flaked: Number(flaked ?? 0),
    pending: Number(pending),
    skipped: Number(skipped),
    succeeded: status === 'SUCCESS!',
    line: text,
  };
}

/**
 * Reads an e2e.log as it streams in and returns its last `Ran N of M Specs`
 * and summary lines, or `undefined` when it has no summary line (a run that
 * did not finish, or not an e2e.log).
 */
export async function parseE2eLogSummary(
  input: Readable,
): Promise<E2eLogSummary | undefined> {
  let ran: { ran: number; total: number } | undefined;
  let summary: Counts | undefined;
  await forEachLine(input, rawLine => {
    // cheap test first: most lines are neither
    if (!rawLine.includes('Ran ') && !rawLine.includes('Skipped')) return;
    // Ginkgo colours the words and numbers of the summary
    const line = stripVTControlCharacters(rawLine);
    const ranMatch = ranLine.exec(line);
    if (ranMatch) {
      ran = { ran: Number(ranMatch[1]), total: Number(ranMatch[2]) };
    }
    summary = summaryOf(line) ?? summary;
  });
  return summary && { ...ran, ...summary };
}
