import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { uploadEachToCluster } from './exampleUploads';
import { exampleDurationSchema, readExampleFile } from './exampleFiles';

const exampleRun = z.strictObject({
  /** cluster entity name or ref */
  cluster: z.string().min(1),
  /** a Sonobuoy tarball, or a gzip-compressed junit XML, relative to the examples file */
  results: z.string().min(1),
  /** a gzip-compressed e2e.log, relative to the examples file */
  log: z.string().min(1).optional(),
  kubernetesVersion: z.string().optional(),
  /** how long before the first load the run finished, an ISO 8601 duration */
  finishedAgo: exampleDurationSchema('P12D').optional(),
});

/** An example run, with its files resolved. */
export type ExampleRun = z.output<typeof exampleRun>;

/** Reads and checks an example runs file; throws naming the file and every problem. */
export async function readExampleRuns(file: string): Promise<ExampleRun[]> {
  const { runs } = await readExampleFile(
    file,
    z.strictObject({ runs: z.array(exampleRun) }),
    'Example runs',
  );
  const directory = dirname(file);
  return runs.map(run => ({
    ...run,
    results: resolve(directory, run.results),
    ...(run.log ? { log: resolve(directory, run.log) } : {}),
  }));
}

// Example reports are stored gzip-compressed; a Sonobuoy tarball is gzip itself and goes as is.
async function exampleFile(
  path: string,
): Promise<{ blob: Blob; name: string }> {
  const bytes = await readFile(path);
  return /\.(xml|log)\.gz$/.test(path)
    ? { blob: new Blob([gunzipSync(bytes)]), name: basename(path, '.gz') }
    : { blob: new Blob([bytes]), name: basename(path) };
}

/**
 * Uploads the example runs whose clusters are in the catalog through the mpk API, as a pipeline
 * would. Uploading a run again finds the stored one. Returns the clusters still waiting.
 */
export async function loadExampleRuns(options: {
  examples: ExampleRun[];
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
  now: Date;
}): Promise<{ recorded: number; waiting: string[] }> {
  const { now } = options;
  return uploadEachToCluster(
    { ...options, route: '/clusters/{namespace}/{name}/conformance' },
    async example => {
      const form = new FormData();
      if (example.kubernetesVersion) {
        form.append('kubernetesVersion', example.kubernetesVersion);
      }
      if (example.finishedAgo !== undefined) {
        const finishedAt = new Date(now.getTime() - example.finishedAgo);
        form.append('finishedAt', finishedAt.toISOString());
      }
      if (example.log) {
        const log = await exampleFile(example.log);
        form.append('log', log.blob, log.name);
      }
      // Last: the server parses files as they stream in and reads fields at the end.
      const results = await exampleFile(example.results);
      form.append('results', results.blob, results.name);
      return form;
    },
  );
}
