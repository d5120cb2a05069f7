import { createHash } from 'node:crypto';
import { fakeUploadClient } from './__testUtils__/fakeUploadClient';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  exampleCatalog,
  startMpkBackend,
} from './__testUtils__/mpkTestBackend';
import {
  ExampleApiReport,
  loadExampleApiReports,
  readExampleApiReports,
} from './exampleApiReports';

jest.setTimeout(60_000);

const examplesDirectory = resolve(
  __dirname,
  '../../../examples/deprecated-api-reports',
);
const examplesFile = join(examplesDirectory, 'reports.yaml');
const kubentReport = join(
  examplesDirectory,
  'expected-json-output-labels.json',
);

/** The git blob SHA-1 of a file's bytes, as `git hash-object` prints it. */
const gitBlobSha1 = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');

describe('reading example deprecated-API reports', () => {
  it('reads the example file, resolving each report relative to it', async () => {
    expect(await readExampleApiReports(examplesFile)).toEqual([
      { cluster: 'globex-prod', report: kubentReport },
    ]);
  });

  it('has the kubent output byte for byte as PROVENANCE.md records it', async () => {
    const bytes = await readFile(kubentReport);
    expect(gitBlobSha1(bytes)).toBe('48e5f386b3d2c0ac5e764f8c0d93445980763154');
    expect(
      await readFile(join(examplesDirectory, 'PROVENANCE.md'), 'utf8'),
    ).toContain('48e5f386b3d2c0ac5e764f8c0d93445980763154');
  });

  it('names the file and every problem of a broken examples file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-api-reports-'));
    const file = join(dir, 'reports.yaml');
    await writeFile(
      file,
      'reports:\n  - cluster: globex-prod\n    file: kubent.json\n',
    );
    await expect(readExampleApiReports(file)).rejects.toThrow(
      `Example deprecated-API reports file ${file} has problems: reports.0.report: Invalid input: expected string, received undefined; reports.0: Unrecognized key: "file"`,
    );
  });
});

const headers = { Authorization: 'Bearer service-token' };
const example = (cluster: string): ExampleApiReport => ({
  cluster,
  report: kubentReport,
});

describe('loading example deprecated-API reports', () => {
  it('uploads each report as the form file of its cluster', async () => {
    const { client, uploads } = fakeUploadClient({ 'globex-prod': 201 });

    await loadExampleApiReports({
      examples: [example('globex-prod')],
      client,
      headers,
    });

    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload).toMatchObject({
      path: '/clusters/{namespace}/{name}/deprecated-api-reports',
      headers,
      params: { path: { namespace: 'default', name: 'globex-prod' } },
    });
    expect([...upload.form.keys()]).toEqual(['report']);
    const file = upload.form.get('report') as File;
    expect(file.name).toBe('expected-json-output-labels.json');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(
      await readFile(kubentReport),
    );
  });
});

describe('the example deprecated-API reports on the mpk backend', () => {
  it('are recorded once, and wait for clusters the catalog does not have yet', async () => {
    const backend = await startMpkBackend(
      exampleCatalog().filter(e => e.metadata.name !== 'globex-prod'),
    );
    const load = async () =>
      loadExampleApiReports({
        examples: await readExampleApiReports(examplesFile),
        ...backend,
      });

    expect(await load()).toEqual({ recorded: 0, waiting: ['globex-prod'] });
    backend.catalog.entities = exampleCatalog();
    expect(await load()).toEqual({ recorded: 1, waiting: [] });
    expect(await load()).toEqual({ recorded: 0, waiting: [] });
  });
});
