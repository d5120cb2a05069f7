import { createHash } from 'node:crypto';
import { fakeUploadClient } from './__testUtils__/fakeUploadClient';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  loadExampleSecurityReports,
  readExampleSecurityReports,
} from './exampleSecurityReports';

const examplesDirectory = resolve(__dirname, '../../../examples/security');
const examplesFile = join(examplesDirectory, 'reports.yaml');
const inExamples = (file: string) => join(examplesDirectory, file);

/** The git blob SHA-1 of a file's bytes, as `git hash-object` prints it. */
const gitBlobSha1 = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');

describe('reading example security reports', () => {
  it('reads the example file, resolving each report relative to it', async () => {
    expect(await readExampleSecurityReports(examplesFile)).toEqual([
      {
        cluster: 'acme-prod',
        reports: [
          inExamples('kube-bench_node-1.5_one-fail.json'),
          inExamples('kyverno_policyreport_pod_kube-apiserver.yaml'),
          inExamples('trivy-operator_vulnerabilityreport.yaml'),
          inExamples('trivy-operator_configauditreport.yaml'),
        ],
      },
      {
        cluster: 'globex-prod',
        reports: [
          inExamples('kube-bench_testdata_result.json'),
          inExamples('trivy-image_alpine-39.json'),
          inExamples('trivy-operator_configauditreport_many.json'),
        ],
      },
    ]);
  });

  it('has every report byte for byte as PROVENANCE.md records it', async () => {
    const provenance = await readFile(
      join(examplesDirectory, 'PROVENANCE.md'),
      'utf8',
    );
    const scans = await readExampleSecurityReports(examplesFile);
    for (const report of scans.flatMap(scan => scan.reports)) {
      const sha256 = createHash('sha256')
        .update(await readFile(report))
        .digest('hex');
      const blob = gitBlobSha1(await readFile(report));
      expect(provenance).toContain(sha256);
      expect(provenance).toContain(blob);
    }
  });

  it('names the file and every problem of a broken examples file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-security-reports-'));
    const file = join(dir, 'reports.yaml');
    await writeFile(
      file,
      'clusters:\n  - cluster: acme-prod\n    report: kube-bench.json\n  - cluster: globex-prod\n    reports: []\n',
    );
    await expect(readExampleSecurityReports(file)).rejects.toThrow(
      `Example security reports file ${file} has problems: clusters.0.reports: Invalid input: expected array, received undefined; clusters.0: Unrecognized key: "report"; clusters.1.reports: Too small: expected array to have >=1 items`,
    );
  });

  it('names every report that is not a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-security-reports-'));
    const file = join(dir, 'reports.yaml');
    await writeFile(join(dir, 'kube-bench.json'), '[]');
    await writeFile(
      file,
      'clusters:\n  - cluster: acme-prod\n    reports: [kube-bench.json, trivy.json, .]\n',
    );
    await expect(readExampleSecurityReports(file)).rejects.toThrow(
      `Example security reports file ${file} has problems: clusters.0.reports.1: no file ${join(
        dir,
        'trivy.json',
      )}; clusters.0.reports.2: no file ${dir}`,
    );
  });
});

const headers = { Authorization: 'Bearer service-token' };
const kubeBench = inExamples('kube-bench_node-1.5_one-fail.json');
const policyReport = inExamples('kyverno_policyreport_pod_kube-apiserver.yaml');

describe('loading example security reports', () => {
  it("uploads a cluster's reports in one form, a report file each", async () => {
    const { client, uploads } = fakeUploadClient({ 'acme-prod': 201 });

    await loadExampleSecurityReports({
      examples: [{ cluster: 'acme-prod', reports: [kubeBench, policyReport] }],
      client,
      headers,
    });

    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload).toMatchObject({
      path: '/clusters/{namespace}/{name}/security-reports',
      headers,
      params: { path: { namespace: 'default', name: 'acme-prod' } },
    });
    expect([...upload.form.keys()]).toEqual(['report', 'report']);
    const files = upload.form.getAll('report') as File[];
    expect(files.map(f => [f.name, f.type])).toEqual([
      ['kube-bench_node-1.5_one-fail.json', 'application/json'],
      ['kyverno_policyreport_pod_kube-apiserver.yaml', 'application/yaml'],
    ]);
    expect(Buffer.from(await files[0].arrayBuffer())).toEqual(
      await readFile(kubeBench),
    );
    expect(Buffer.from(await files[1].arrayBuffer())).toEqual(
      await readFile(policyReport),
    );
  });
});
