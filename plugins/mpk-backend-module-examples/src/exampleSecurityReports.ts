import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { readExampleFile } from './exampleFiles';
import { uploadEachToCluster } from './exampleUploads';

const exampleSecurityScan = z.strictObject({
  /** cluster entity name or ref */
  cluster: z.string().min(1),
  /**
   * scanner outputs (kube-bench JSON, Trivy Operator reports, `trivy image` JSON, policy reports,
   * a Polaris audit), relative to the examples file
   */
  reports: z.array(z.string().min(1)).min(1),
});

/** An example security scan of a cluster, with its files resolved. */
export type ExampleSecurityScan = z.output<typeof exampleSecurityScan>;

const what = 'Example security reports';

/**
 * Reads and checks an example security reports file, and that every report it names is a file;
 * throws naming the file and every problem.
 */
export async function readExampleSecurityReports(
  file: string,
): Promise<ExampleSecurityScan[]> {
  const { clusters } = await readExampleFile(
    file,
    z.strictObject({ clusters: z.array(exampleSecurityScan) }),
    what,
  );
  const directory = dirname(file);
  const scans = clusters.map(scan => ({
    ...scan,
    reports: scan.reports.map(report => resolve(directory, report)),
  }));
  const missing: string[] = [];
  for (const [i, scan] of scans.entries()) {
    for (const [j, report] of scan.reports.entries()) {
      const isFile = await stat(report).then(
        found => found.isFile(),
        () => false,
      );
      if (!isFile) {
        missing.push(`clusters.${i}.reports.${j}: no file ${report}`);
      }
    }
  }
  if (missing.length > 0) {
    throw new Error(`${what} file ${file} has problems: ${missing.join('; ')}`);
  }
  return scans;
}

/** The media type a report file is sent with, by its name. */
function mediaTypeOf(file: string): string {
  if (/\.ya?ml$/i.test(file)) return 'application/yaml';
  if (/\.json$/i.test(file)) return 'application/json';
  if (/\.(tar\.gz|tgz)$/i.test(file)) return 'application/gzip';
  return 'application/octet-stream';
}

/**
 * Uploads the example security scans whose clusters are in the catalog through the mpk API, as a
 * cluster-scan pipeline would: each cluster's reports in one form, a `report` file each.
 * Uploading them again finds the stored reports (200, not counted). Returns the clusters still
 * waiting.
 */
export async function loadExampleSecurityReports(options: {
  examples: ExampleSecurityScan[];
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
}): Promise<{ recorded: number; waiting: string[] }> {
  return uploadEachToCluster(
    { ...options, route: '/clusters/{namespace}/{name}/security-reports' },
    async example => {
      const form = new FormData();
      for (const report of example.reports) {
        form.append(
          'report',
          new Blob([await readFile(report)], { type: mediaTypeOf(report) }),
          basename(report),
        );
      }
      return form;
    },
  );
}
