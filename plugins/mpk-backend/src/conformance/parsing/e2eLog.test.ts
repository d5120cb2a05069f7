import { Readable } from 'node:stream';
import { streamOf } from './__testUtils__/fixtures';
import { parseE2eLogSummary } from './e2eLog';

const esc = '\u001b';
const bold = (text: string, colour = 32) =>
  `${esc}[${colour}m${esc}[1m${text}${esc}[0m`;

describe('parseE2eLogSummary', () => {
  it('reads a coloured summary behind progress dots', async () => {
    const log = [
      'Running Suite: Kubernetes e2e suite - /usr/local/bin',
      'Will run 411 of 6624 specs',
      `${'S'.repeat(300)}•SS••S`,
      `${'S'.repeat(40)}${bold('Ran 411 of 6624 Specs in 2598.446 seconds')}`,
      `${bold('SUCCESS!')} -- ${bold('409 Passed')} | ${bold(
        '0 Failed',
        31,
      )} | ${bold('2 Flaked', 93)} | ${bold('0 Pending', 33)} | ${bold(
        '6213 Skipped',
        36,
      )}`,
      '',
      'Ginkgo ran 1 suite in 43m20.710729149s',
      'Test Suite Passed',
    ].join('\n');
    expect(await parseE2eLogSummary(streamOf(log, 10))).toEqual({
      ran: 411,
      total: 6624,
      passed: 409,
      failed: 0,
      flaked: 2,
      pending: 0,
      skipped: 6213,
      succeeded: true,
      line: 'SUCCESS! -- 409 Passed | 0 Failed | 2 Flaked | 0 Pending | 6213 Skipped',
    });
  });

  it('reads a failure with a special reason, and Repeated specs', async () => {
    const log =
      'Ran 10 of 20 Specs in 5.000 seconds\nFAIL! - Interrupted by User -- 7 Passed | 3 Failed | 2 Repeated | 1 Pending | 9 Skipped\n';
    expect(await parseE2eLogSummary(streamOf(log))).toMatchObject({
      ran: 10,
      passed: 7,
      failed: 3,
      flaked: 0,
      pending: 1,
      skipped: 9,
      succeeded: false,
      line: 'FAIL! - Interrupted by User -- 7 Passed | 3 Failed | 2 Repeated | 1 Pending | 9 Skipped',
    });
  });

  it("reads Sonobuoy v0.8's log, where PASS follows on the same line", async () => {
    const log =
      'Ran 1 of 693 Specs in 14.136 seconds\r\nSUCCESS! -- 1 Passed | 0 Failed | 0 Pending | 692 Skipped PASS\r\n';
    expect(await parseE2eLogSummary(streamOf(log))).toMatchObject({
      ran: 1,
      total: 693,
      passed: 1,
      skipped: 692,
      line: 'SUCCESS! -- 1 Passed | 0 Failed | 0 Pending | 692 Skipped',
    });
  });

  it('keeps the last summary of a log with several', async () => {
    const log = [
      'Ran 2 of 5 Specs in 1.000 seconds',
      'FAIL! -- 1 Passed | 1 Failed | 0 Pending | 3 Skipped',
      'Ran 2 of 5 Specs in 1.500 seconds',
      'SUCCESS! -- 2 Passed | 0 Failed | 0 Pending | 3 Skipped',
    ].join('\n');
    expect(await parseE2eLogSummary(streamOf(log))).toMatchObject({
      passed: 2,
      failed: 0,
      succeeded: true,
    });
  });

  it('finds the summary at the end of a 5 MB line without a line break', async () => {
    let pulled = 0;
    function* log() {
      const dots = Buffer.from('•S'.repeat(32 * 1024));
      for (let i = 0; i < 40; i++) {
        pulled += dots.length;
        yield dots;
      }
      yield Buffer.from(
        'SUCCESS! -- 411 Passed | 0 Failed | 0 Pending | 6211 Skipped',
      );
    }
    const summary = await parseE2eLogSummary(Readable.from(log()));
    expect(pulled).toBeGreaterThan(5_000_000);
    expect(summary).toMatchObject({ passed: 411, skipped: 6211 });
    expect(summary?.ran).toBeUndefined();
  });

  it('keeps multi-byte characters whole across chunks', async () => {
    const log =
      '•••\nRan 1 of 2 Specs in 1.0 seconds\n✓ SUCCESS! -- 1 Passed | 0 Failed | 0 Pending | 1 Skipped\n';
    expect(await parseE2eLogSummary(streamOf(log, 1))).toMatchObject({
      ran: 1,
      passed: 1,
      skipped: 1,
    });
  });

  it.each([
    ['an unfinished run', 'Will run 411 of 6622 specs\nSSSS•SS'],
    ['a "Ran" line without its summary', 'Ran 1 of 2 Specs in 1.0 seconds\n'],
    ['an empty file', ''],
    ['something else', '{"not": "a log"}'],
  ])('returns undefined for %s', async (_what, log) => {
    expect(await parseE2eLogSummary(streamOf(log))).toBeUndefined();
  });
});
