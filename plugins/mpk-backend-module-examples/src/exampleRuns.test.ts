import { mpkData, MpkHttpClient } from '@mpk-portal/plugin-mpk-client';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  exampleCatalog,
  freezeDateAt,
  startMpkBackend,
} from './__testUtils__/mpkTestBackend';
import { loadExampleRuns, readExampleRuns } from './exampleRuns';

jest.setTimeout(60_000);

const examplesFile = resolve(
  __dirname,
  '../../../examples/conformance/runs.yaml',
);
const now = new Date('2026-11-25T20:00:00.000Z');

beforeEach(() => freezeDateAt(now));
afterEach(() => jest.useRealTimers());

async function conformanceWith(entities = exampleCatalog()) {
  const backend = await startMpkBackend(entities);
  const load = async () =>
    loadExampleRuns({
      examples: await readExampleRuns(examplesFile),
      ...backend,
      now,
    });
  return { ...backend, load };
}

const status = async (
  {
    client,
    headers,
  }: { client: MpkHttpClient; headers: Record<string, string> },
  name: string,
) =>
  mpkData(
    await client.get('/clusters/{namespace}/{name}/conformance', {
      headers,
      params: { path: { namespace: 'default', name } },
    }),
  ).assessment.status;

describe('example conformance runs', () => {
  it('give the example clusters one conformant, one non-conformant and one stale status, once', async () => {
    const conformance = await conformanceWith();

    expect(await conformance.load()).toEqual({
      recorded: 3,
      waiting: [],
    });
    expect(await conformance.load()).toEqual({
      recorded: 0,
      waiting: [],
    });
    expect(await status(conformance, 'acme-prod')).toBe('conformant');
    expect(await status(conformance, 'acme-staging')).toBe('non-conformant');
    expect(await status(conformance, 'globex-prod')).toBe('stale');
  });

  it('wait for clusters the catalog does not have yet', async () => {
    const conformance = await conformanceWith(
      exampleCatalog().filter(e => e.metadata.name !== 'globex-prod'),
    );
    expect(await conformance.load()).toEqual({
      recorded: 2,
      waiting: ['globex-prod'],
    });
  });

  it('name the file and every problem of a broken examples file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-runs-'));
    const file = join(dir, 'runs.yaml');
    await writeFile(
      file,
      'runs:\n  - cluster: acme-prod\n    finishedAgo: 12 days\n',
    );
    await expect(readExampleRuns(file)).rejects.toThrow(
      `Example runs file ${file} has problems: runs.0.results: Invalid input: expected string, received undefined; runs.0.finishedAgo: expected an ISO 8601 duration, e.g. P12D`,
    );
  });
});
