import { InputError } from '@backstage/errors';
import { createHash, Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseJunitStream } from './junit';
import { DEFAULT_RESULT_LIMITS, ResultLimits } from './limits';
import { ParsedResults, resultsFromJunit } from './parsedResults';
import { reconcileWithLog } from './reconcile';
import { readSonobuoyTarball } from './sonobuoyTarball';

export type { ParsedResults } from './parsedResults';
export { reconcileWithLog } from './reconcile';

type Kind = 'sonobuoy' | 'junit' | 'neither';

// An XML file may start with a UTF-8 byte order mark and blank lines; past
// this much of them it is not one.
const MAX_LEADING_BYTES = 4096;

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const BLANKS = [0x20, 0x09, 0x0a, 0x0d];
const LESS_THAN = 0x3c;

/** Whether `head` is shorter than `prefix` and could still become it. */
function mayBecome(head: Buffer, prefix: Buffer): boolean {
  return (
    head.length < prefix.length && prefix.subarray(0, head.length).equals(head)
  );
}

function kindOf(head: Buffer, ended: boolean): Kind | undefined {
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'sonobuoy';
  const needMore = !ended && head.length <= MAX_LEADING_BYTES;
  if (mayBecome(head, GZIP_MAGIC) || mayBecome(head, UTF8_BOM)) {
    return needMore ? undefined : 'neither';
  }
  let i = head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
  while (i < head.length && BLANKS.includes(head[i])) i++;
  if (i < head.length) return head[i] === LESS_THAN ? 'junit' : 'neither';
  return needMore ? undefined : 'neither';
}

function asBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
}

/** The input again from its first byte, hashed as it is read. */
async function* replay(
  head: Buffer[],
  rest: AsyncIterator<unknown>,
  hash: Hash,
): AsyncGenerator<Buffer> {
  try {
    for (const chunk of head) {
      hash.update(chunk);
      yield chunk;
    }
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      const chunk = asBuffer(next.value);
      hash.update(chunk);
      yield chunk;
    }
  } finally {
    // stops (and destroys) the input when the parser gave up early
    await rest.return?.();
  }
}

/**
 * Parses an uploaded conformance result as it streams in: a Sonobuoy results
 * tarball (`sonobuoy retrieve`, told by its gzip magic bytes) or the junit
 * XML report of the e2e suite (told by its `<`). A tarball's own e2e.log, when
 * it has one, is checked against its junit report with
 * {@link reconcileWithLog}.
 *
 * Also hashes the bytes (`resultsSha256`), so that the same file uploaded
 * again can be recognised. Rejects with an `InputError` (400) or a
 * `PayloadTooLargeError` (413) whose message starts with `results: `, and
 * then stops reading the input.
 */
export async function parseResultsUpload(
  input: Readable,
  limits: ResultLimits = DEFAULT_RESULT_LIMITS,
): Promise<ParsedResults> {
  const chunks = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let kind: Kind | undefined;
  let size = 0;
  while (!kind) {
    const next = await chunks.next();
    if (!next.done) {
      head.push(asBuffer(next.value));
      size += head[head.length - 1].length;
    }
    if (next.done && size === 0) {
      throw new InputError(
        'results: the file is empty; expected a Sonobuoy tarball (.tar.gz) or a junit XML file',
      );
    }
    kind = kindOf(Buffer.concat(head), next.done === true);
  }
  if (kind === 'neither') {
    await chunks.return?.();
    throw new InputError(
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
    );
  }

  const hash = createHash('sha256');
  const body = Readable.from(replay(head, chunks, hash), {
    objectMode: false,
  });
  if (kind === 'junit') {
    const junit = await parseJunitStream(body);
    return resultsFromJunit(junit, 'junit', hash.digest('hex'));
  }
  const tarball = await readSonobuoyTarball(body, limits);
  const parsed: ParsedResults = {
    ...resultsFromJunit(tarball.junit, 'sonobuoy', hash.digest('hex')),
    kubernetesVersion: tarball.kubernetesVersion,
    finishedAt: tarball.finishedAt,
  };
  return tarball.log ? reconcileWithLog(parsed, tarball.log) : parsed;
}
