import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory from 'knex';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConformanceStore } from '../database/ConformanceStore';
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { ConformanceService } from './ConformanceService';
import { loadExampleRuns, readExampleRuns } from './exampleRuns';

const examplesFile = resolve(
  __dirname,
  '../../../../examples/conformance/runs.yaml',
);
const now = new Date('2026-11-25T20:00:00.000Z');
const knexes: knexFactory.Knex[] = [];
afterAll(() => Promise.all(knexes.map(k => k.destroy())));

async function conformanceWith(entities = exampleCatalog()) {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  knexes.push(knex);
  return new ConformanceService({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    store: await ConformanceStore.create({
      database: mockServices.database({ knex }),
    }),
    timeZone: 'America/Los_Angeles',
    maxAgeDays: 90,
    now: () => now,
  });
}

const status = async (conformance: ConformanceService, name: string) =>
  (
    await conformance.clusterConformance(
      { kind: 'resource', namespace: 'default', name },
      mockCredentials.user(),
    )
  ).assessment.status;

describe('example conformance runs', () => {
  it('give the example clusters one conformant, one non-conformant and one stale status, once', async () => {
    const conformance = await conformanceWith();
    const examples = await readExampleRuns(examplesFile);

    expect(await loadExampleRuns({ examples, conformance })).toEqual({
      recorded: 3,
      waiting: [],
    });
    expect(await loadExampleRuns({ examples, conformance })).toEqual({
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
    const examples = await readExampleRuns(examplesFile);
    expect(await loadExampleRuns({ examples, conformance })).toEqual({
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
