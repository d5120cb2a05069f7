/**
 * A junit report far larger than the real ones (which are 2.3 to 2.6 MB) is
 * counted from a stream without the memory in use growing with it.
 */
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseResultsUpload } from './detect';

jest.setTimeout(30_000);

// Buffers live outside the V8 heap: count both
function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

// jest does not pass --expose-gc; V8 still hands out its gc function to a
// context made after the flag is set
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('no gc function from V8');
  return () => gc();
}

const skipped = (i: number) =>
  `    <testcase name="[It] [sig-storage] In-tree Volumes [Driver: nfs] [Testpattern: Dynamic PV (default fs)] subPath should support spec ${i}" classname="Kubernetes e2e suite" status="skipped" time="0">\n      <skipped message="skipped"></skipped>\n    </testcase>\n`;

// passing specs carry a long <system-err> timeline, which is never kept
const timeline =
  `&gt; Enter [BeforeEach] [sig-apps] Daemon set [Serial] - set up framework | framework.go:200 @ 12/13/24 12:49:02.749\nSTEP: Creating a kubernetes client - k8s.io/kubernetes/test/e2e/framework/framework.go:220\n`.repeat(
    200,
  );
const passed = (i: number) =>
  `    <testcase name="[It] [sig-apps] spec ${i} [Conformance]" classname="Kubernetes e2e suite" status="passed" time="3.2">\n      <system-err>${timeline}</system-err>\n    </testcase>\n`;

const failed = (i: number) =>
  `    <testcase name="[It] [sig-node] failing spec ${i}" classname="Kubernetes e2e suite" status="failed" time="1">\n      <failure message="" type="failed">[FAILED] spec ${i} failed&#xA;In [It] at: e2e.go:${i}</failure>\n      <system-err>${timeline}</system-err>\n    </testcase>\n`;

describe('a 50 MB junit report', () => {
  it('is counted with memory that grows far less than the file', async () => {
    const gc = garbageCollector();
    const target = 50 * 1024 * 1024;
    const expected = { passed: 0, failed: 0, skipped: 0 };
    let produced = 0;
    let memoryPeak = 0;

    function* report() {
      const emit = (text: string) => {
        const bytes = Buffer.from(text);
        produced += bytes.length;
        return bytes;
      };
      yield emit(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="Kubernetes e2e suite" timestamp="2025-06-02T18:26:36" time="6040.8">\n',
      );
      let i = 0;
      let nextSample = 0;
      while (produced < target) {
        const block: string[] = [];
        for (let k = 0; k < 20; k++, i++) {
          block.push(skipped(i));
          expected.skipped += 1;
        }
        block.push(passed(i));
        expected.passed += 1;
        if (i % 500 === 0) {
          block.push(failed(i));
          expected.failed += 1;
        }
        yield emit(block.join(''));
        if (produced >= nextSample) {
          gc();
          memoryPeak = Math.max(memoryPeak, memoryInUse());
          nextSample += 5 * 1024 * 1024;
        }
      }
      yield emit('  </testsuite>\n</testsuites>\n');
    }

    gc();
    const memoryBefore = memoryInUse();
    const started = Date.now();
    const parsed = await parseResultsUpload(Readable.from(report()));
    const seconds = (Date.now() - started) / 1000;

    expect(produced).toBeGreaterThanOrEqual(target);
    expect(parsed).toMatchObject({
      source: 'junit',
      passed: expected.passed,
      failed: expected.failed,
      skipped: expected.skipped,
      failureCount: expected.failed,
    });
    expect(parsed.failures[0]).toEqual({
      name: '[It] [sig-node] failing spec 500',
      message: '[FAILED] spec 500 failed\nIn [It] at: e2e.go:500',
    });
    expect(seconds).toBeLessThan(20);
    // The parser holds counters and a few failures, not the file: the growth
    // measured is about 4 MB (the test's own strings and jest), a parser
    // keeping the text would need over 50 MB.
    expect(memoryPeak - memoryBefore).toBeLessThan(10 * 1024 * 1024);
  });
});
