// Benchmark of conformance result ingestion: our streaming upload parser
// (parseResultsUpload of mpk-backend, saxes plus a sha256 of the bytes)
// against reading the file whole and parsing it into a DOM with
// fast-xml-parser, then counting the testcases of that (the baseline).
//  1. On the largest real junit fixture: whether both count the same specs,
//     the median time of each over alternating rounds in this process, and
//     the peak memory of each in a child process of its own.
//  2. On generated Ginkgo v2 reports of 5 MB and 50 MB: that our peak memory
//     stays flat while the input grows tenfold, and our throughput; the
//     baseline's peak on the 50 MB report as a contrast.
// Memory is measured in the child around the parse call only: its peak RSS
// (getrusage) above its RSS right before, and its peak V8 heap above the heap
// right before. Sizes are in MB of 10^6 bytes.
import { fork } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  rmSync,
} from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { GCProfiler, GCProfilerResult, getHeapStatistics } from 'node:v8';
import { createGunzip } from 'node:zlib';
import {
  baselineName,
  ingest,
  ingestWithDomParse,
  ingestWithOurs,
  Side,
  SpecCounts,
} from './conformanceIngestSides';
import { GeneratedJunit, writeGinkgoJunit } from './generateJunit';

const rounds = Number(process.env.MPK_BENCH_ROUNDS ?? 5);
const fixtures = resolve(
  __dirname,
  '../plugins/mpk-backend/src/conformance/__fixtures__',
);
const junitFixtureSuffix = '.junit_01.xml.gz';
const CHILD_ARGUMENT = 'measure-ingestion';
const childExecArgv = [
  '--expose-gc',
  '--require',
  '@backstage/cli/config/nodeTransform.cjs',
];
const CHILD_TIMEOUT_MS = 120_000;
const HEAP_SAMPLE_INTERVAL_MS = 5;

interface IngestionMeasurement {
  counts: SpecCounts;
  seconds: number;
  rssGrowth: number;
  /**
   * Whether the process had peaked above its RSS before the parse already
   * (while loading, say) and the parse never went higher, so that
   * `rssGrowth` only bounds the parse's own growth from above.
   */
  rssGrowthIsUpperBound: boolean;
  heapGrowth: number;
}

interface MeasurementMessage {
  type: typeof CHILD_ARGUMENT;
  measurement: IngestionMeasurement;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
}

const rssGrowthOf = (measurement: IngestionMeasurement) =>
  `${measurement.rssGrowthIsUpperBound ? 'at most ' : ''}${megabytes(
    measurement.rssGrowth,
  )}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

function collectGarbage(): void {
  if (!globalThis.gc) throw new Error('run node with --expose-gc');
  globalThis.gc();
  // a second pass frees what the first one only finalized
  globalThis.gc();
}

const usedHeap = () => getHeapStatistics().used_heap_size;

// The heap only shrinks at a collection, so its peak is the largest size seen
// right before one, or the size at the end. This catches the peak of a
// synchronous parse, which never lets the sampling timer run.
function heapBeforeEachCollection(profile: GCProfilerResult): number[] {
  // @types/node spells these snake_case, Node reports them in camelCase
  return profile.statistics.map(
    collection =>
      (
        collection.beforeGC.heapStatistics as unknown as {
          usedHeapSize: number;
        }
      ).usedHeapSize,
  );
}

async function measureIngestionHere(
  side: Side,
  file: string,
): Promise<IngestionMeasurement> {
  collectGarbage();
  const rssBefore = process.memoryUsage.rss();
  // maxRSS is in KiB on Linux
  const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
  const heapBefore = usedHeap();
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, usedHeap());
  }, HEAP_SAMPLE_INTERVAL_MS);
  const profiler = new GCProfiler();
  profiler.start();
  const started = performance.now();
  const counts = await ingest[side](file);
  const seconds = (performance.now() - started) / 1000;
  heapPeak = Math.max(heapPeak, usedHeap());
  clearInterval(sampler);
  for (const size of heapBeforeEachCollection(profiler.stop())) {
    heapPeak = Math.max(heapPeak, size);
  }
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  return {
    counts,
    seconds,
    rssGrowth: rssPeak - rssBefore,
    rssGrowthIsUpperBound:
      rssPeak === rssPeakBefore && rssPeakBefore > rssBefore + 1e6,
    heapGrowth: heapPeak - heapBefore,
  };
}

function isMeasurementMessage(message: unknown): message is MeasurementMessage {
  // the TypeScript transform also talks to its parent over this channel
  return (message as MeasurementMessage | null)?.type === CHILD_ARGUMENT;
}

/** Runs one ingestion in a fresh child process, so that peaks are its own. */
function measureIngestionInChild(
  side: Side,
  file: string,
): Promise<IngestionMeasurement> {
  return new Promise((resolveMeasurement, reject) => {
    const child = fork(__filename, [CHILD_ARGUMENT, side, file], {
      execArgv: childExecArgv,
    });
    let measurement: IngestionMeasurement | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.on('message', message => {
      if (isMeasurementMessage(message)) measurement = message.measurement;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (measurement) {
        resolveMeasurement(measurement);
      } else {
        const why = timedOut
          ? `took over ${CHILD_TIMEOUT_MS / 1000} s`
          : `exited with ${signal ?? code}`;
        reject(new Error(`${side} on ${file} ${why}`));
      }
    });
  });
}

async function runAsChild(side: Side, file: string): Promise<void> {
  const measurement = await measureIngestionHere(side, file);
  const message: MeasurementMessage = { type: CHILD_ARGUMENT, measurement };
  if (!process.send) {
    throw new Error(`${CHILD_ARGUMENT} runs as a child of this benchmark`);
  }
  process.send(message, () => process.disconnect?.());
}

// gzip ends with the uncompressed size modulo 2^32, exact for these files
async function uncompressedSize(gzipFile: string): Promise<number> {
  const handle = await open(gzipFile);
  try {
    const { size } = await handle.stat();
    const trailer = Buffer.alloc(4);
    await handle.read(trailer, 0, 4, size - 4);
    return trailer.readUInt32LE(0);
  } finally {
    await handle.close();
  }
}

async function largestRealJunit(): Promise<{ run: string; path: string }> {
  const names = (await readdir(fixtures)).filter(name =>
    name.endsWith(junitFixtureSuffix),
  );
  const sized = await Promise.all(
    names.map(async name => ({
      run: name.slice(0, -junitFixtureSuffix.length),
      path: join(fixtures, name),
      size: await uncompressedSize(join(fixtures, name)),
    })),
  );
  return sized.reduce((largest, next) =>
    next.size > largest.size ? next : largest,
  );
}

const sameCounts = (a: SpecCounts, b: SpecCounts) =>
  a.passed === b.passed && a.failed === b.failed && a.skipped === b.skipped;

const describeCounts = ({ passed, failed, skipped }: SpecCounts) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`;

async function benchLargestRealJunit(workDir: string): Promise<void> {
  const fixture = await largestRealJunit();
  // both sides read the same plain file, as an upload would arrive
  const file = join(workDir, `${fixture.run}.junit_01.xml`);
  await pipeline(
    createReadStream(fixture.path),
    createGunzip(),
    createWriteStream(file),
  );
  const { size } = await stat(file);

  // also the warm-up of both sides before they are timed
  const ours = await ingestWithOurs(file);
  const baseline = await ingestWithDomParse(file);
  console.log(
    `Conformance ingestion: largest real junit ${fixture.run} ` +
      `(${megabytes(size)}, ${baseline.testcases} testcases)`,
  );
  const suiteNodes =
    baseline.testcases - baseline.passed - baseline.failed - baseline.skipped;
  if (sameCounts(ours, baseline)) {
    console.log(
      `counts agree: ${describeCounts(ours)} specs both ` +
        `(${suiteNodes} suite-level testcases left out)`,
    );
  } else {
    console.log(
      `counts DISAGREE: ours ${describeCounts(ours)}, ` +
        `baseline ${describeCounts(baseline)}`,
    );
    process.exitCode = 1;
  }

  const times: Record<Side, number[]> = { ours: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order: Side[] =
      round % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const side of order) {
      collectGarbage();
      const started = performance.now();
      await ingest[side](file);
      times[side].push(performance.now() - started);
    }
  }
  const oursMs = median(times.ours);
  const baselineMs = median(times.baseline);
  console.log(
    `time (median of ${rounds}): ours ${oursMs.toFixed(0)} ms, ` +
      `baseline (${baselineName}) ${baselineMs.toFixed(0)} ms, ` +
      `ratio ${(oursMs / baselineMs).toFixed(2)}`,
  );

  const oursMemory = await measureIngestionInChild('ours', file);
  const baselineMemory = await measureIngestionInChild('baseline', file);
  console.log(
    `peak RSS over RSS before: ours ${rssGrowthOf(oursMemory)}, ` +
      `baseline ${rssGrowthOf(baselineMemory)}, ` +
      `ratio ${(oursMemory.rssGrowth / baselineMemory.rssGrowth).toFixed(2)}`,
  );
  console.log(
    `peak heap over heap before: ours ${megabytes(oursMemory.heapGrowth)}, ` +
      `baseline ${megabytes(baselineMemory.heapGrowth)}, ` +
      `ratio ${(oursMemory.heapGrowth / baselineMemory.heapGrowth).toFixed(2)}`,
  );
}

function describeGenerated(
  generated: GeneratedJunit,
  measurement: IngestionMeasurement,
): string {
  const throughput = generated.bytes / 1e6 / measurement.seconds;
  return (
    `${megabytes(generated.bytes)} (${generated.testcases} testcases, ` +
    `${generated.failed} failed): ` +
    `peak RSS +${rssGrowthOf(measurement)}, ` +
    `heap +${megabytes(measurement.heapGrowth)}, ` +
    `${throughput.toFixed(0)} MB/s`
  );
}

async function benchGeneratedJunit(workDir: string): Promise<void> {
  const smallFile = join(workDir, 'generated-5MB.xml');
  const largeFile = join(workDir, 'generated-50MB.xml');
  const small = await writeGinkgoJunit(smallFile, 5e6);
  const large = await writeGinkgoJunit(largeFile, 50e6);
  const smallOurs = await measureIngestionInChild('ours', smallFile);
  const largeOurs = await measureIngestionInChild('ours', largeFile);
  for (const [generated, measurement] of [
    [small, smallOurs],
    [large, largeOurs],
  ] as const) {
    if (!sameCounts(generated, measurement.counts)) {
      console.log(
        `counts DISAGREE on ${megabytes(generated.bytes)}: generated ` +
          `${describeCounts(generated)}, ours ${describeCounts(
            measurement.counts,
          )}`,
      );
      process.exitCode = 1;
    }
  }
  console.log(`generated junit, ours: ${describeGenerated(small, smallOurs)}`);
  console.log(`generated junit, ours: ${describeGenerated(large, largeOurs)}`);
  console.log(
    `memory ratio ${megabytes(large.bytes)} / ${megabytes(small.bytes)}: ` +
      `RSS ${(largeOurs.rssGrowth / smallOurs.rssGrowth).toFixed(2)}, ` +
      `heap ${(largeOurs.heapGrowth / smallOurs.heapGrowth).toFixed(2)} ` +
      `(input ${(large.bytes / small.bytes).toFixed(1)}x)`,
  );
  try {
    const largeBaseline = await measureIngestionInChild('baseline', largeFile);
    console.log(
      `contrast, baseline (${baselineName}): ` +
        describeGenerated(large, largeBaseline),
    );
  } catch (error) {
    console.log(
      `contrast, baseline (${baselineName}) on ` +
        `${megabytes(large.bytes)}: did not finish (${
          (error as Error).message
        })`,
    );
  }
}

async function main(): Promise<void> {
  if (!(rounds > 0)) throw new Error('MPK_BENCH_ROUNDS must be positive');
  const workDir = mkdtempSync(join(tmpdir(), 'mpk-conformance-ingest-'));
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  // 55 MB of generated reports must not outlive an interrupted run
  process.once('SIGINT', () => {
    removeWorkDir();
    process.exit(130);
  });
  try {
    await benchLargestRealJunit(workDir);
    await benchGeneratedJunit(workDir);
  } finally {
    removeWorkDir();
  }
}

if (process.argv[2] === CHILD_ARGUMENT) {
  runAsChild(process.argv[3] as Side, process.argv[4]).catch(error => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
