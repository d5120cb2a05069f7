import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { uploadEachToCluster } from './exampleUploads';
import { readExampleFile } from './exampleFiles';

const exampleApiReport = z.strictObject({
  /** cluster entity name or ref */
  cluster: z.string().min(1),
  /**
   * the JSON output of `kubent -o json` or `pluto detect-all-in-cluster -o json`, relative to the
   * examples file
   */
  report: z.string().min(1),
});

/** An example deprecated-API scan, with its file resolved. */
export type ExampleApiReport = z.output<typeof exampleApiReport>;

/**
 * Reads and checks an example deprecated-API reports file; throws naming the file and every
 * problem.
 */
export async function readExampleApiReports(
  file: string,
): Promise<ExampleApiReport[]> {
  const { reports } = await readExampleFile(
    file,
    z.strictObject({ reports: z.array(exampleApiReport) }),
    'Example deprecated-API reports',
  );
  const directory = dirname(file);
  return reports.map(report => ({
    ...report,
    report: resolve(directory, report.report),
  }));
}

/**
 * Uploads the example deprecated-API scans whose clusters are in the catalog through the mpk API,
 * as a cluster-scan pipeline would. Uploading a report again finds the stored one (200, not
 * counted). Returns the clusters still waiting.
 */
export async function loadExampleApiReports(options: {
  examples: ExampleApiReport[];
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
}): Promise<{ recorded: number; waiting: string[] }> {
  return uploadEachToCluster(
    {
      ...options,
      route: '/clusters/{namespace}/{name}/deprecated-api-reports',
    },
    async example => {
      const form = new FormData();
      form.append(
        'report',
        new Blob([await readFile(example.report)], {
          type: 'application/json',
        }),
        basename(example.report),
      );
      return form;
    },
  );
}
