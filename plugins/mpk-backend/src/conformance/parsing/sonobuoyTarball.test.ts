import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { fixtureBytes, realTarball, streamOf } from './__testUtils__/fixtures';
import { tarGzOf, tarHeader, tarOf } from './__testUtils__/tarballs';
import { parseResultsUpload } from './detect';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';
import { DEFAULT_RESULT_LIMITS } from './limits';
import { readSonobuoyTarball } from './sonobuoyTarball';

const smallJunit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2"><testsuite name="Kubernetes e2e suite" tests="2">
  <testcase name="[It] a" status="passed"></testcase>
  <testcase name="[It] b" status="skipped"><skipped message="skipped"/></testcase>
</testsuite></testsuites>`;

const junitPath = 'plugins/e2e/results/global/junit_01.xml';

/** Runs `read` and reports whether it left its input destroyed. */
async function refusal(
  input: Readable,
  read: (input: Readable) => Promise<unknown>,
) {
  const error = await read(input).then(
    () => undefined,
    (e: Error) => e,
  );
  return { error, destroyed: input.destroyed };
}

describe('readSonobuoyTarball', () => {
  describe('the real retrieve tarball (Sonobuoy v0.56.6, Kubernetes v1.19.16)', () => {
    it('has the run of a one-node cluster: 300 passed, 3 failed, 5181 skipped', async () => {
      const results = await readSonobuoyTarball(
        streamOf(fixtureBytes(realTarball)),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results.kubernetesVersion).toBe('v1.19.16');
      expect(results.junitPaths).toEqual([junitPath]);
      // the listing has 115 entries
      expect(results.entries).toBe(115);
      expect(results.junit).toMatchObject({
        passed: 300,
        failed: 3,
        skipped: 5181,
        pending: 0,
        suiteNodes: 0,
        failureCount: 3,
        declaredTests: 303,
      });
      expect(results.junit.failures.map(failure => failure.name)).toEqual([
        '[sig-apps] Daemon set [Serial] should rollback without unnecessary restarts [Conformance]',
        '[sig-scheduling] SchedulerPreemption [Serial] validates lower priority pod preemption by critical pod [Conformance]',
        '[sig-scheduling] SchedulerPreemption [Serial] validates basic preemption works [Conformance]',
      ]);
      // Ginkgo v1: no message attribute, the body starts with the location
      expect(results.junit.failures[0].message).toMatch(
        /^\/workspace\/src\/k8s\.io\/kubernetes\/.*framework\.go:597\nMay 30 06:33:58\.649: Conformance test suite needs a cluster with at least 2 nodes\./,
      );
      expect(results.log).toEqual({
        ran: 303,
        total: 5484,
        passed: 300,
        failed: 3,
        flaked: 0,
        pending: 0,
        skipped: 5181,
        succeeded: false,
        line: 'FAIL! -- 300 Passed | 3 Failed | 0 Pending | 5181 Skipped',
      });
      // Ginkgo v1 writes no junit timestamp: the aggregator's receipt of the
      // e2e results in meta/run.log (PUT /api/v1/results/global/e2e)
      expect(results.finishedAt).toBe('2022-05-30T08:09:48.000Z');
    });

    it('is read the same from tiny chunks', async () => {
      const results = await readSonobuoyTarball(
        streamOf(fixtureBytes(realTarball), 777),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results.junit.passed).toBe(300);
      expect(results.log?.passed).toBe(300);
    });

    it('is refused when truncated, with the gzip error', async () => {
      const truncated = fixtureBytes(realTarball).subarray(0, 100_000);
      const { error, destroyed } = await refusal(streamOf(truncated), input =>
        readSonobuoyTarball(input, DEFAULT_RESULT_LIMITS),
      );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toBe(
        'results: not a readable gzip/tar archive: unexpected end of file',
      );
      expect(destroyed).toBe(true);
    });
  });

  describe("Sonobuoy's own test tarballs", () => {
    it('reads the legacy v0.8 layout (plugins/e2e/results/, serverversion/)', async () => {
      const results = await readSonobuoyTarball(
        streamOf(fixtureBytes('results-0.8.tar.gz')),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results).toMatchObject({
        kubernetesVersion: 'v1.7.2',
        junitPaths: ['plugins/e2e/results/junit_01.xml'],
        junit: { passed: 1, failed: 0, skipped: 692, failureCount: 0 },
        // its e2e.log ends "SUCCESS! -- 1 Passed | ... | 692 Skipped PASS"
        log: { ran: 1, total: 693, passed: 1, skipped: 692, succeeded: true },
        entries: 105,
      });
      // no junit timestamp and no meta/run.log in v0.8
      expect(results.finishedAt).toBeUndefined();
    });

    it('reads only the e2e plugin of the v0.15 tarball with 8 plugins', async () => {
      const results = await readSonobuoyTarball(
        streamOf(fixtureBytes('testResultsOutput.tar.gz')),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results.kubernetesVersion).toBe('v1.14.2');
      // not plugins/e2eds/results/kind-control-plane/junit_01.xml nor the
      // copies in custom-status and arbitrary-details
      expect(results.junitPaths).toEqual([junitPath]);
      expect(results.junit).toMatchObject({ passed: 204, skipped: 3381 });
      // Sonobuoy edited this test data: the log no longer matches the junit
      expect(results.log).toMatchObject({ ran: 204, passed: 0, skipped: 3381 });
    });

    it('refuses the v0.15 tarball on upload, as its junit and log disagree', async () => {
      await expect(
        parseResultsUpload(streamOf(fixtureBytes('testResultsOutput.tar.gz'))),
      ).rejects.toThrow(
        'results and log disagree: junit has 204 passed, e2e.log says 0 Passed',
      );
    });
  });

  describe('refuses', () => {
    it.each([
      ['a path climbing out', '../../etc/passwd', '../../etc/passwd'],
      ['an absolute path', '/etc/passwd', '/etc/passwd'],
      [
        'a path climbing out after normalisation',
        'plugins/e2e/../../../etc/passwd',
        'plugins/e2e/../../../etc/passwd',
      ],
      ['a Windows path climbing out', '..\\..\\evil.txt', '..\\..\\evil.txt'],
    ])('%s', async (_what, path, shown) => {
      const tarball = tarGzOf([
        { path: 'serverversion.json', content: '{"gitVersion":"v1.33.0"}' },
        { path, content: 'root:x:0:0::/root:/bin/sh\n' },
        { path: junitPath, content: smallJunit },
      ]);
      const { error, destroyed } = await refusal(streamOf(tarball), input =>
        readSonobuoyTarball(input, DEFAULT_RESULT_LIMITS),
      );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toBe(
        `results: tar entry ${shown} escapes the archive`,
      );
      expect(destroyed).toBe(true);
    });

    it.each([
      ['a symbolic link', '2' as const, '../../../../../etc/passwd'],
      ['an absolute symbolic link', '2' as const, '/etc/passwd'],
      ['a hard link', '1' as const, '../outside'],
    ])('%s pointing outside', async (_what, type, linkpath) => {
      const tarball = tarGzOf([
        { path: 'plugins/e2e/results/global/e2e.log', type, linkpath },
        { path: junitPath, content: smallJunit },
      ]);
      await expect(
        readSonobuoyTarball(streamOf(tarball), DEFAULT_RESULT_LIMITS),
      ).rejects.toThrow(
        `results: tar entry plugins/e2e/results/global/e2e.log links to ${linkpath}, outside the archive`,
      );
    });

    it('passes over a serverversion.json too long to be one', async () => {
      const tarball = tarGzOf([
        {
          path: 'serverversion.json',
          content: `{"gitVersion":"v1.33.0","padding":"${'x'.repeat(
            100_000,
          )}"}`,
        },
        { path: junitPath, content: smallJunit },
      ]);
      const results = await readSonobuoyTarball(
        streamOf(tarball, 1000),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results.kubernetesVersion).toBeUndefined();
      expect(results.junit.passed).toBe(1);
    });

    it('does not mind a link that stays inside', async () => {
      const tarball = tarGzOf([
        { path: junitPath, content: smallJunit },
        {
          path: 'plugins/e2e/results/global/latest.xml',
          type: '2',
          linkpath: 'junit_01.xml',
        },
      ]);
      const results = await readSonobuoyTarball(
        streamOf(tarball),
        DEFAULT_RESULT_LIMITS,
      );
      expect(results.junit).toMatchObject({ passed: 1, skipped: 1 });
    });

    it('a tarball without an e2e junit report', async () => {
      const tarball = tarGzOf([
        { path: 'serverversion.json', content: '{"gitVersion":"v1.33.0"}' },
        { path: 'plugins/e2e/sonobuoy_results.yaml', content: 'name: e2e\n' },
        {
          path: 'plugins/e2eds/results/node-1/junit_01.xml',
          content: smallJunit,
        },
      ]);
      await expect(
        readSonobuoyTarball(streamOf(tarball), DEFAULT_RESULT_LIMITS),
      ).rejects.toThrow(
        'results: the tarball has no e2e junit report (plugins/e2e/results/global/junit_01.xml)',
      );
    });

    it('a junit report in the tarball that is not XML, naming it', async () => {
      const tarball = tarGzOf([{ path: junitPath, content: 'not xml at all' }]);
      await expect(
        readSonobuoyTarball(streamOf(tarball), DEFAULT_RESULT_LIMITS),
      ).rejects.toThrow(
        `results: ${junitPath}: not XML: text data outside of root node at line 1`,
      );
    });

    it('the same junit report twice', async () => {
      const tarball = tarGzOf([
        { path: junitPath, content: smallJunit },
        { path: `./${junitPath}`, content: smallJunit },
      ]);
      await expect(
        readSonobuoyTarball(streamOf(tarball), DEFAULT_RESULT_LIMITS),
      ).rejects.toThrow(`results: the archive has ${junitPath} twice`);
    });

    it('random bytes after the gzip magic', async () => {
      // a fixed pseudo-random sequence, so that zlib always says the same
      let seed = 42;
      const noise = Buffer.alloc(4096, 0).map(() => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed >> 16;
      });
      const bytes = Buffer.concat([Buffer.from([0x1f, 0x8b]), noise]);
      const { error, destroyed } = await refusal(streamOf(bytes), input =>
        readSonobuoyTarball(input, DEFAULT_RESULT_LIMITS),
      );
      expect(error?.name).toBe('InputError');
      expect(error?.message).toBe(
        'results: not a readable gzip/tar archive: unknown compression method',
      );
      expect(destroyed).toBe(true);
    });

    it('a gzip file that holds no tar archive', async () => {
      await expect(
        readSonobuoyTarball(
          streamOf(gzipSync('just some text, no tar headers\n')),
          DEFAULT_RESULT_LIMITS,
        ),
      ).rejects.toThrow(
        'results: not a readable gzip/tar archive: Unrecognized archive format',
      );
    });

    it('a tar archive cut short inside the gzip stream', async () => {
      const whole = tarOf([
        { path: junitPath, content: smallJunit.padEnd(2000, ' ') },
      ]);
      await expect(
        readSonobuoyTarball(
          streamOf(gzipSync(whole.subarray(0, 1536))),
          DEFAULT_RESULT_LIMITS,
        ),
      ).rejects.toThrow(
        'results: not a readable gzip/tar archive: Truncated input (needed 1024 more bytes, only 0 available)',
      );
    });

    it('more entries than maxEntries, with 413', async () => {
      const tarball = tarGzOf(
        Array.from({ length: 50 }, (_, i) => ({
          path: `podlogs/pod-${i}.txt`,
          content: 'x',
        })),
      );
      const { error, destroyed } = await refusal(streamOf(tarball), input =>
        readSonobuoyTarball(input, {
          ...DEFAULT_RESULT_LIMITS,
          maxEntries: 10,
        }),
      );
      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect((error as PayloadTooLargeError).statusCode).toBe(413);
      expect(error?.message).toBe(
        'results: the archive has more than 10 entries (mpk.conformance.maxEntries)',
      );
      expect(destroyed).toBe(true);
    });

    it('an archive that unpacks to more than maxDecompressedBytes, without reading on', async () => {
      // 1 GiB of zeros behind one tar header, gzipped on the fly: only what
      // is pulled from the generator is ever produced
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

      const { error, destroyed } = await refusal(input, stream =>
        readSonobuoyTarball(stream, {
          ...DEFAULT_RESULT_LIMITS,
          maxDecompressedBytes: 1024 ** 2,
        }),
      );
      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect(error?.message).toBe(
        'results: the archive unpacks to more than 1 MiB (mpk.conformance.maxDecompressedBytes)',
      );
      expect(destroyed).toBe(true);
      // Zeros shrink about a thousandfold, so the few KB that the test's own
      // gzip stream buffers stand for tens of MB pulled; far from 4 GiB.
      const pulledWhenRefused = pulled;
      expect(pulledWhenRefused).toBeLessThan(64 * 1024 ** 2);
      // and nothing reads on afterwards
      await new Promise(done => setTimeout(done, 200));
      expect(pulled - pulledWhenRefused).toBeLessThanOrEqual(1024 ** 2);
    });
  });
});
