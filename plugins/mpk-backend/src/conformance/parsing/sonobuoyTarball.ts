import { InputError } from '@backstage/errors';
import { Readable, Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, ReadEntry } from 'tar';
import { safeEntryPath } from '../../platform/archivePaths';
import { E2eLogSummary, parseE2eLogSummary } from './e2eLog';
import { PayloadTooLargeError } from '../../platform/PayloadTooLargeError';
import { junitFinishedAt, laterOf } from './finishedAt';
import { parseJunitStream } from './junit';
import { JunitCounts, sumJunitCounts } from './junitCounts';
import { describeBytes, ResultLimits } from './limits';
import { e2eResultsReceivedAt } from './runLog';

/** What a Sonobuoy results tarball says about its e2e (conformance) run. */
export interface SonobuoyResults {
  /** the e2e plugin's junit report(s), added up */
  junit: JunitCounts;
  /** where in the tarball they were */
  junitPaths: string[];
  /** the summary of the e2e plugin's `e2e.log`, when it has one */
  log?: E2eLogSummary;
  /** `gitVersion` of the cluster's `/version`, e.g. `v1.19.16` */
  kubernetesVersion?: string;
  /**
   * When the run ended (ISO): the junit timestamp plus its duration, else
   * when the aggregator received the e2e results (`meta/run.log`).
   */
  finishedAt?: string;
  /** tar entries read */
  entries: number;
}

type Role = 'junit' | 'e2eLog' | 'serverVersion' | 'runLog';

// Layouts: `plugins/e2e/results/global/` since Sonobuoy v0.15,
// `plugins/e2e/results/` in v0.8 to v0.10; `serverversion/serverversion.json`
// in v0.8. Other plugins (e.g. `e2eds`, a DaemonSet copy in Sonobuoy's own
// test data) are not the conformance run.
const roles: Array<[RegExp, Role]> = [
  [/^plugins\/e2e\/results\/(?:global\/)?junit[^/]*\.xml$/, 'junit'],
  [/^plugins\/e2e\/results\/(?:global\/)?e2e\.log$/, 'e2eLog'],
  [/^(?:serverversion\/)?serverversion\.json$/, 'serverVersion'],
  [/^meta\/run\.log$/, 'runLog'],
];

function roleOf(path: string): Role | undefined {
  return roles.find(([pattern]) => pattern.test(path))?.[1];
}

const MAX_SERVER_VERSION_CHARS = 64 * 1024;

async function readServerVersion(input: Readable): Promise<string | undefined> {
  let text = '';
  // read to the end even when too long: the archive goes on after this entry
  for await (const chunk of input) {
    if (text.length <= MAX_SERVER_VERSION_CHARS) text += chunk.toString();
  }
  if (text.length > MAX_SERVER_VERSION_CHARS) return undefined;
  try {
    const version: unknown = JSON.parse(text)?.gitVersion;
    return typeof version === 'string' && /^v?\d+\.\d+/.test(version)
      ? version
      : undefined;
  } catch {
    return undefined;
  }
}

function notAnArchive(reason: string): InputError {
  return new InputError(
    `results: not a readable gzip/tar archive: ${reason.replace(
      /^TAR_[A-Z_]+: /,
      '',
    )}`,
  );
}

/**
 * Reads a `sonobuoy retrieve` tarball (`.tar.gz`) in one pass, without
 * unpacking it: the e2e plugin's junit report and e2e.log are parsed while
 * they stream out of the archive, everything else is skipped.
 *
 * Refuses (and destroys the input, without waiting for its end) an archive
 * that is not gzip and tar, that has an entry escaping it, that has more
 * entries or unpacks to more bytes than `limits` allow (413), or that has no
 * e2e junit report.
 */
export function readSonobuoyTarball(
  input: Readable,
  limits: ResultLimits,
): Promise<SonobuoyResults> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    const parser = new Parser({ strict: true });
    const junits: Array<{ path: string; counts: JunitCounts }> = [];
    const junitPaths = new Set<string>();
    const reads: Array<Promise<void>> = [];
    let log: E2eLogSummary | undefined;
    let kubernetesVersion: string | undefined;
    let receivedAt: string | undefined;
    let entries = 0;
    let decompressed = 0;
    let sawEnd = false;
    let settled = false;

    // Feeds the tar parser and counts what the gzip stream unpacks to; it
    // holds back while the entry being read is busy, so nothing piles up.
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        decompressed += chunk.length;
        if (decompressed > limits.maxDecompressedBytes) {
          fail(
            new PayloadTooLargeError(
              `results: the archive unpacks to more than ${describeBytes(
                limits.maxDecompressedBytes,
              )} (mpk.conformance.maxDecompressedBytes)`,
            ),
          );
          done();
          return;
        }
        // After its end-of-archive blocks tar holds on to whatever follows,
        // so the zero padding is only counted.
        if (sawEnd || parser.write(chunk)) done();
        else parser.once('drain', () => done());
      },
      final(done) {
        parser.end();
        done();
      },
    });

    function fail(error: unknown) {
      if (settled) return;
      settled = true;
      input.unpipe(gunzip);
      input.destroy();
      gunzip.destroy();
      sink.destroy();
      parser.removeAllListeners('entry');
      reject(error);
    }

    const read = (entry: ReadEntry, path: string, role: Role) => {
      const stream = Readable.from(entry);
      const part = `results: ${path}`;
      switch (role) {
        case 'junit':
          if (junitPaths.has(path)) {
            throw new InputError(`results: the archive has ${path} twice`);
          }
          junitPaths.add(path);
          return parseJunitStream(stream, { part }).then(counts => {
            junits.push({ path, counts });
          });
        case 'e2eLog':
          return parseE2eLogSummary(stream).then(summary => {
            log = summary ?? log;
          });
        case 'serverVersion':
          return readServerVersion(stream).then(version => {
            kubernetesVersion = version ?? kubernetesVersion;
          });
        case 'runLog':
        default:
          return e2eResultsReceivedAt(stream).then(time => {
            receivedAt = time;
          });
      }
    };

    const countEntry = () => {
      entries += 1;
      if (entries > limits.maxEntries) {
        throw new PayloadTooLargeError(
          `results: the archive has more than ${limits.maxEntries} entries (mpk.conformance.maxEntries)`,
        );
      }
    };

    parser.on('entry', (entry: ReadEntry) => {
      try {
        countEntry();
        const path = safeEntryPath(entry);
        const role = roleOf(path);
        if (!role || (entry.type !== 'File' && entry.type !== 'OldFile')) {
          entry.resume();
          return;
        }
        // The next entry only comes once this one was read to its end; a
        // reader that stopped early without failing must not stall the rest.
        const reading = read(entry, path, role).then(() => {
          entry.resume();
        });
        reads.push(reading);
        reading.catch(fail);
      } catch (error) {
        fail(error);
      }
    });
    parser.on('ignoredEntry', () => {
      try {
        countEntry();
      } catch (error) {
        fail(error);
      }
    });
    parser.on('eof', () => {
      sawEnd = true;
    });
    parser.on('error', (error: Error) => fail(notAnArchive(error.message)));
    gunzip.on('error', error => fail(notAnArchive(error.message)));
    input.on('error', fail);

    parser.on('end', async () => {
      try {
        await Promise.all(reads);
      } catch {
        return; // already refused
      }
      if (settled) return;
      if (junits.length === 0) {
        fail(
          new InputError(
            'results: the tarball has no e2e junit report (plugins/e2e/results/global/junit_01.xml)',
          ),
        );
        return;
      }
      settled = true;
      const finishedAt = junits
        .map(({ counts }) => junitFinishedAt(counts.timestamp, counts.time))
        .reduce(laterOf, undefined);
      resolve({
        junit: sumJunitCounts(junits.map(junit => junit.counts)),
        junitPaths: junits.map(junit => junit.path).sort(),
        log,
        kubernetesVersion,
        finishedAt: finishedAt ?? receivedAt,
        entries,
      });
    });

    input.pipe(gunzip).pipe(sink);
  });
}
