import { NotFoundError } from '@backstage/errors';
import { Duration } from 'luxon';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseClusterRef } from '../tickets/TicketService';
import { ConformanceService } from './ConformanceService';
import { conformanceRunOf } from './conformanceRunOf';
import { parseResultsUpload } from './parsing';
import { parseE2eLogSummary } from './parsing/e2eLog';
import { DEFAULT_RESULT_LIMITS } from './parsing/limits';

const exampleRun = z.strictObject({
  cluster: z.string().min(1),
  /** paths relative to the examples file */
  results: z.string().min(1),
  log: z.string().min(1).optional(),
  kubernetesVersion: z.string().optional(),
  /** how long before the first load the run finished, an ISO 8601 duration */
  finishedAgo: z
    .string()
    .refine(
      text => Duration.fromISO(text).isValid,
      'expected an ISO 8601 duration, e.g. P12D',
    )
    .optional(),
});

/** An example run, with its files resolved. */
export type ExampleRun = z.output<typeof exampleRun>;

/** Reads and checks an example runs file; throws naming the file and every problem. */
export async function readExampleRuns(file: string): Promise<ExampleRun[]> {
  let parsed: unknown;
  try {
    parsed = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Example runs file ${file} cannot be read: ${error}`);
  }
  const result = z
    .strictObject({ runs: z.array(exampleRun) })
    .safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `Example runs file ${file} has problems: ${result.error.issues
        .map(issue => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  const directory = dirname(file);
  return result.data.runs.map(run => ({
    ...run,
    results: resolve(directory, run.results),
    ...(run.log ? { log: resolve(directory, run.log) } : {}),
  }));
}

// Example reports are stored gzip-compressed; a Sonobuoy tarball is gzip itself and goes as is.
function openExampleFile(path: string): Readable {
  const file = createReadStream(path);
  return /\.(xml|log)\.gz$/.test(path) ? file.pipe(createGunzip()) : file;
}

/**
 * Records the example runs whose clusters are in the catalog, through the same parsing as an
 * upload. Loading them again finds the stored runs. Returns the clusters still waiting.
 */
export async function loadExampleRuns(options: {
  examples: ExampleRun[];
  conformance: ConformanceService;
}): Promise<{ recorded: number; waiting: string[] }> {
  const { examples, conformance } = options;
  let recorded = 0;
  const waiting: string[] = [];
  for (const example of examples) {
    let target;
    try {
      target = await conformance.uploadTarget(parseClusterRef(example.cluster));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      waiting.push(example.cluster);
      continue;
    }
    const now = conformance.now();
    const results = await parseResultsUpload(
      openExampleFile(example.results),
      DEFAULT_RESULT_LIMITS,
    );
    const log = example.log
      ? await parseE2eLogSummary(openExampleFile(example.log))
      : undefined;
    const finishedAt = example.finishedAgo
      ? new Date(
          now.getTime() - Duration.fromISO(example.finishedAgo).toMillis(),
        ).toISOString()
      : undefined;
    const { created } = await conformance.record(
      conformanceRunOf(
        {
          results,
          log,
          fields: { kubernetesVersion: example.kubernetesVersion, finishedAt },
        },
        { cluster: target.entityRef, uploadedBy: 'example', now },
      ),
    );
    if (created) recorded++;
  }
  return { recorded, waiting };
}
