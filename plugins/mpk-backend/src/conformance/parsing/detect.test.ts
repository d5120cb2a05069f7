import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { fixtureBytes, realTarball, streamOf } from './__testUtils__/fixtures';
import { tarHeader, tarOf } from './__testUtils__/tarballs';
import { parseResultsUpload } from './detect';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';

const sha256 = (bytes: Buffer | string) =>
  createHash('sha256').update(bytes).digest('hex');

const junit = `<testsuite tests="2" timestamp="2025-01-01T10:00:00" time="60">
  <testcase name="[It] a" status="passed"/>
  <testcase name="[It] b" status="failed"><failure message="broken"/></testcase>
</testsuite>`;

async function refusal(input: Readable) {
  const error = await parseResultsUpload(input).then(
    () => undefined,
    (e: Error) => e,
  );
  return { error, destroyed: input.destroyed };
}

describe('parseResultsUpload', () => {
  it('reads a Sonobuoy tarball, checked against its own e2e.log', async () => {
    const bytes = fixtureBytes(realTarball);
    const parsed = await parseResultsUpload(streamOf(bytes));
    expect(parsed).toMatchObject({
      source: 'sonobuoy',
      passed: 300,
      failed: 3,
      skipped: 5181,
      flaked: 0,
      failureCount: 3,
      succeeded: false,
      kubernetesVersion: 'v1.19.16',
      finishedAt: '2022-05-30T08:09:48.000Z',
      junitTests: 303,
      resultsSha256: sha256(bytes),
      logSummary: {
        line: 'FAIL! -- 300 Passed | 3 Failed | 0 Pending | 5181 Skipped',
      },
    });
    expect(parsed.failures.map(failure => failure.name)).toEqual([
      '[sig-apps] Daemon set [Serial] should rollback without unnecessary restarts [Conformance]',
      '[sig-scheduling] SchedulerPreemption [Serial] validates lower priority pod preemption by critical pod [Conformance]',
      '[sig-scheduling] SchedulerPreemption [Serial] validates basic preemption works [Conformance]',
    ]);
  });

  it('reads the legacy v0.8 tarball, even when its first byte comes alone', async () => {
    const bytes = fixtureBytes('results-0.8.tar.gz');
    const parsed = await parseResultsUpload(
      Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]),
    );
    expect(parsed).toMatchObject({
      source: 'sonobuoy',
      passed: 1,
      failed: 0,
      skipped: 692,
      succeeded: true,
      kubernetesVersion: 'v1.7.2',
    });
    expect(parsed.finishedAt).toBeUndefined();
  });

  it.each([
    ['as is', junit],
    ['after a byte order mark and blank lines', `\uFEFF\n\r\n  \t${junit}`],
    ['with an XML declaration', `<?xml version="1.0"?>\n${junit}`],
  ])('reads a junit XML %s, byte by byte', async (_what, text) => {
    const parsed = await parseResultsUpload(streamOf(text, 1));
    expect(parsed).toEqual({
      source: 'junit',
      passed: 1,
      failed: 1,
      skipped: 0,
      flaked: 0,
      failures: [{ name: '[It] b', message: 'broken' }],
      failureCount: 1,
      succeeded: false,
      finishedAt: '2025-01-01T10:01:00.000Z',
      junitTests: 2,
      resultsSha256: sha256(text),
    });
  });

  it.each([
    ['plain text', 'hello, these are my results'],
    ['JSON', '{"passed": 411}'],
    ['a tar archive that is not gzipped', tarOf([{ path: 'x', content: 'y' }])],
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['only blank lines', '\n\n   \n'],
    ['a single byte', Buffer.from([0x1f])],
  ])('refuses %s', async (_what, bytes) => {
    const { error, destroyed } = await refusal(streamOf(bytes));
    expect(error?.name).toBe('InputError');
    expect(error?.message).toBe(
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
    );
    expect(destroyed).toBe(true);
  });

  it('refuses an empty file', async () => {
    await expect(parseResultsUpload(streamOf(''))).rejects.toThrow(
      'results: the file is empty; expected a Sonobuoy tarball (.tar.gz) or a junit XML file',
    );
  });

  it('refuses what starts like XML but is not, and stops reading', async () => {
    let pulled = 0;
    function* text() {
      yield Buffer.from('<<< not XML');
      for (let i = 0; i < 1000; i++) {
        pulled += 1;
        yield Buffer.alloc(64 * 1024, 'a');
      }
    }
    const input = Readable.from(text());
    const { error, destroyed } = await refusal(input);
    expect(error?.message).toBe(
      'results: not XML: disallowed character in tag name at line 1',
    );
    expect(destroyed).toBe(true);
    expect(pulled).toBeLessThan(100);
  });

  it('stops reading a tarball bomb at the limit', async () => {
    const total = 4 * 1024 ** 3;
    const chunk = Buffer.alloc(64 * 1024);
    let pulled = 0;
    function* zeros() {
      yield tarHeader({ path: 'podlogs/huge.log' }, total);
      while (pulled < total) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const input = Readable.from(zeros()).pipe(createGzip({ level: 1 }));
    const error = await parseResultsUpload(input, {
      maxEntries: 10,
      maxDecompressedBytes: 1024 ** 2,
    }).catch(e => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error.message).toBe(
      'results: the archive unpacks to more than 1 MiB (mpk.conformance.maxDecompressedBytes)',
    );
    await new Promise(done => setTimeout(done, 100));
    expect(input.destroyed).toBe(true);
    expect(pulled).toBeLessThan(64 * 1024 ** 2);
  });

  it('recognises the same upload again by its hash, whatever the chunks', async () => {
    const bytes = fixtureBytes('results-0.8.tar.gz');
    const [a, b] = await Promise.all([
      parseResultsUpload(streamOf(bytes, 100)),
      parseResultsUpload(streamOf(bytes, 65536)),
    ]);
    expect(a.resultsSha256).toBe(b.resultsSha256);
    expect(a.resultsSha256).toBe(sha256(bytes));
  });
});
